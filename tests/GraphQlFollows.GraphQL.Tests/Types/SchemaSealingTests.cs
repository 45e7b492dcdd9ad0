using System.Collections;
using System.Reflection;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Tests.Types;

/// <summary>
/// A built schema is sealed: execution plans and caches are keyed by the identity of its types and fields, so nothing
/// in the engine's public surface may change one once <see cref="SchemaBuilder"/> has built it.
/// </summary>
public class SchemaSealingTests
{
    /// <summary>The public methods of the schema's types, all of which only read.</summary>
    private static readonly HashSet<string> ReadingMethods =
    [
        "GetType", "GetDirective", "GetRootType", "GetPossibleTypes", "IsSubType", "TryGet", "GetEnumerator",
        "ToString", "Equals", "GetHashCode", "Serialize", "ParseValue", "ParseLiteral", "Invoke", "BeginInvoke",
        "EndInvoke", "GetNamedType", "GetNullableType", "IsInputType", "IsOutputType", "IsLeafType",
        "IsCompositeType", "IsAbstractType", "IsNamedType", "IsNonNull", "IsRequired", "IsBuiltIn",
        "IsIntrospectionType", "Find",

        // Makes a loader for the request under way; the schema is left as it is.
        "GetDataLoader",
    ];

    private static readonly Type[] SchemaModel = typeof(Schema).Assembly.GetExportedTypes()
        .Where(t => t.Namespace is { } ns && ns.StartsWith("GraphQlFollows.GraphQL.Types", StringComparison.Ordinal))
        .Where(t => t != typeof(SchemaBuilder) && !t.IsEnum && !typeof(Exception).IsAssignableFrom(t))
        .ToArray();

    [Fact]
    public void No_public_property_or_field_of_the_schema_model_can_be_set()
    {
        var settable = SchemaModel
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { } setter && (setter.IsPublic || setter.IsFamily || setter.IsFamilyOrAssembly))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");
        var writableFields = SchemaModel
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}");

        Assert.Empty(settable.Concat(writableFields));
    }

    [Fact]
    public void Every_public_method_of_the_schema_model_only_reads()
    {
        var methods = SchemaModel
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && (!m.IsStatic || m.GetParameters().Any(p => IsSchemaElement(p.ParameterType))))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Distinct();

        Assert.Equal("", string.Join(" ", methods.Where(m => !ReadingMethods.Contains(m[(m.IndexOf('.') + 1)..]))));
    }

    [Fact]
    public void Only_the_builder_makes_schema_elements()
    {
        // Applications write their own scalars; list and non-null wrappers hold nothing to change.
        var made = SchemaModel
            .Where(t => !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Where(t => t.GetConstructors().Any(c => c.IsPublic || c.IsFamily))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["ListType", "NonNullType", "ScalarType"], made);
    }

    [Fact]
    public void The_collections_a_built_schema_hands_out_cannot_be_changed()
    {
        var schema = new SchemaBuilder("""
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION
            type Query { node(id: ID!): Node search: [Result] color: Color find(filter: Filter): Int }
            interface Node { id: ID! }
            type User implements Node @tag(name: "u") { id: ID! name: String @deprecated }
            union Result = User
            enum Color { RED GREEN }
            input Filter @oneOf { name: String id: ID }
            extend type User { extra: Int }
            extend enum Color { BLUE }
            extend schema @tagged
            directive @tagged on SCHEMA
            """).Build();

        var mutable = new List<string>();
        Walk(schema, "schema", new HashSet<object>(ReferenceEqualityComparer.Instance), mutable);

        Assert.Empty(mutable);
        Assert.Contains(schema.GetType("User"), schema.Types);
    }

    /// <summary>Follows every public property from a schema element, noting collections a caller could change.</summary>
    private static void Walk(object value, string path, HashSet<object> seen, List<string> mutable)
    {
        if (!seen.Add(value) || value is Node || value is string || value.GetType().IsPrimitive || value is Delegate)
        {
            return;
        }

        if (value is IList { IsReadOnly: false } or IDictionary { IsReadOnly: false } && !HoldsSyntax(value))
        {
            mutable.Add(path);
        }

        if (value is IEnumerable items and not string)
        {
            var index = 0;
            foreach (var item in items)
            {
                if (item is not null)
                {
                    Walk(item, $"{path}[{index++}]", seen, mutable);
                }
            }
        }

        if (!SchemaModel.Any(t => t.IsInstanceOfType(value)))
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.GetValue(value) is { } child)
            {
                Walk(child, $"{path}.{property.Name}", seen, mutable);
            }
        }
    }

    /// <summary>Static helpers given no schema element (formatting values, parsing numbers) cannot change one.</summary>
    private static bool IsSchemaElement(Type type) => type != typeof(object) && SchemaModel.Any(t => t.IsAssignableFrom(type) || type.IsAssignableFrom(t));

    /// <summary>Lists of syntax nodes (the applied directives as written) are the document's, not the schema's.</summary>
    private static bool HoldsSyntax(object collection) =>
        collection.GetType().IsArray && typeof(Node).IsAssignableFrom(collection.GetType().GetElementType());
}
