using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Scalars;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL, in the text the reference's <c>printSchema</c> gives: the schema definition only when the
/// root types do not have their default names (or the schema has a description), then the directives and types the
/// schema defines (built-in scalars, directives and introspection types left out), descriptions as block strings
/// where they can be. <see cref="PrintWithDirectives"/> adds the directives the schema applies to its types, fields,
/// arguments and values, such as the cost directives that tell clients what an operation costs.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema) => new Writer(withAppliedDirectives: false).Print(schema);

    /// <summary>
    /// What <see cref="Print"/> prints, with every applied directive after the element it applies to, as written in
    /// the SDL (those <see cref="Print"/> prints already, <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>, once).
    /// </summary>
    public static string PrintWithDirectives(Schema schema) => new Writer(withAppliedDirectives: true).Print(schema);

    private sealed class Writer(bool withAppliedDirectives)
    {
        public string Print(Schema schema)
        {
            var parts = new List<string>();
            if (SchemaDefinition(schema) is { } definition)
            {
                parts.Add(definition);
            }

            parts.AddRange(schema.Directives.Where(d => !BuiltInDirectives.IsBuiltIn(d)).Select(Directive));
            parts.AddRange(schema.Types.Where(t => !BuiltInScalars.IsBuiltIn(t) && !Introspection.IsIntrospectionType(t)).Select(Type));
            return string.Join("\n\n", parts);
        }

        private string Type(NamedType type) => Description(type.Description) + type switch
        {
            ScalarType scalar => "scalar " + scalar.Name + SpecifiedBy(scalar.SpecifiedByUrl) + Applied(scalar.AppliedDirectives),
            ObjectType obj => "type " + obj.Name + Interfaces(obj) + Applied(obj.AppliedDirectives) + Fields(obj),
            InterfaceType iface => "interface " + iface.Name + Interfaces(iface) + Applied(iface.AppliedDirectives) + Fields(iface),
            UnionType union => "union " + union.Name + Applied(union.AppliedDirectives)
                + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
            EnumType enumType => "enum " + enumType.Name + Applied(enumType.AppliedDirectives) + Block(enumType.Values.Select((v, i) =>
                Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason) + Applied(v.AppliedDirectives))),
            InputObjectType input => "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty) + Applied(input.AppliedDirectives)
                + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };

        private static string Interfaces(FieldsType type) =>
            type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

        private string Fields(FieldsType type) => Block(type.Fields.Select((f, i) =>
            Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type
            + Deprecated(f.DeprecationReason) + Applied(f.AppliedDirectives)));

        private static string Block(IEnumerable<string> items)
        {
            var lines = items.ToList();
            return lines.Count > 0 ? " {\n" + string.Join("\n", lines) + "\n}" : string.Empty;
        }

        /// <summary>Arguments on one line, or one per line when any has a description.</summary>
        private string Arguments(IReadOnlyList<InputValue> arguments, string indentation = "")
        {
            if (arguments.Count == 0)
            {
                return string.Empty;
            }

            if (arguments.All(a => a.Description is null))
            {
                return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
            }

            var lines = arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a));
            return "(\n" + string.Join("\n", lines) + "\n" + indentation + ")";
        }

        private string InputValue(InputValue value) =>
            value.Name + ": " + value.Type
            + (value.DefaultValue is null ? string.Empty : " = " + Printer.Print(value.DefaultValue))
            + Deprecated(value.DeprecationReason) + Applied(value.AppliedDirectives);

        private string Directive(DirectiveDefinition directive) =>
            Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments)
            + Deprecated(directive.DeprecationReason)
            + (directive.IsRepeatable ? " repeatable" : string.Empty)
            + " on " + string.Join(" | ", directive.Locations);

        /// <summary>The directives applied to an element, but those printed from what they mean.</summary>
        private string Applied(IReadOnlyList<DirectiveNode> directives) => withAppliedDirectives
            ? string.Concat(directives.Where(d => d.Name.Value is not ("deprecated" or "specifiedBy" or "oneOf")).Select(d => " " + Printer.Print(d)))
            : string.Empty;
    }

    private static string? SchemaDefinition(Schema schema)
    {
        if (schema.QueryType is null && schema.MutationType is null && schema.SubscriptionType is null)
        {
            return null;
        }

        if (schema.Description is null && HasDefaultRootNames(schema))
        {
            return null;
        }

        return Description(schema.Description) + "schema {\n"
            + Root("query", schema.QueryType) + Root("mutation", schema.MutationType) + Root("subscription", schema.SubscriptionType)
            + "}";
    }

    private static bool HasDefaultRootNames(Schema schema) =>
        ReferenceEquals(schema.QueryType, schema.GetType("Query"))
        && ReferenceEquals(schema.MutationType, schema.GetType("Mutation"))
        && ReferenceEquals(schema.SubscriptionType, schema.GetType("Subscription"));

    private static string Root(string operation, ObjectType? type) => type is null ? string.Empty : $"  {operation}: {type.Name}\n";

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.Print(new StringValueNode(reason)) + ")",
    };

    private static string SpecifiedBy(string? url) =>
        url is null ? string.Empty : " @specifiedBy(url: " + Printer.Print(new StringValueNode(url)) + ")";

    /// <summary>A description above its element: indented like it, after a blank line unless first in its block.</summary>
    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var text = Printer.Print(new StringValueNode(description, IsPrintableAsBlockString(description)));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    /// <summary>
    /// Whether a block string would read back as exactly this text: no control characters a block string cannot
    /// hold, no blank first line, no blank last line, and no indentation common to every line after the first.
    /// </summary>
    private static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }
}
