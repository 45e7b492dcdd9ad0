using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Building;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.TypeSystem;

/// <summary>
/// Implemented interfaces: each interface once, never the type itself, every interface of an implemented interface
/// also implemented, and every interface field provided with a compatible type (covariant) and the same arguments.
/// </summary>
internal static class InterfaceRules
{
    public static string NotAnInterface(NamedType type, string implemented) =>
        $"Type {type.Name} must only implement Interface types, it cannot implement {implemented}.";

    public static void Validate(Schema schema, FieldsType type, SchemaErrors errors)
    {
        var implemented = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, iface));
                continue;
            }

            if (!implemented.Add(iface.Name))
            {
                errors.Add($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface));
                continue;
            }

            ValidateAncestors(type, iface, errors);
            ValidateFields(schema, type, iface, errors);
        }
    }

    private static void ValidateAncestors(FieldsType type, InterfaceType iface, SchemaErrors errors)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                var message = ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.";
                errors.Add(message, [.. ImplementsNodes(iface, transitive), .. ImplementsNodes(type, iface)]);
            }
        }
    }

    private static void ValidateFields(Schema schema, FieldsType type, InterfaceType iface, SchemaErrors errors)
    {
        foreach (var ifaceField in iface.Fields)
        {
            if (!type.Fields.TryGet(ifaceField.Name, out var field))
            {
                errors.Add(
                    $"Interface field {Coordinates.Field(iface, ifaceField)} expected but {type.Name} does not provide it.",
                    [ifaceField.AstNode, type.AstNode, .. type.ExtensionAstNodes]);
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(schema, field.Type, ifaceField.Type))
            {
                errors.Add(
                    $"Interface field {Coordinates.Field(iface, ifaceField)} expects type {ifaceField.Type} but " +
                    $"{Coordinates.Field(type, field)} is type {field.Type}.",
                    ifaceField.AstNode?.Type,
                    field.AstNode?.Type);
            }

            ValidateArguments(type, iface, field, ifaceField, errors);
            if (field.DeprecationReason is not null && ifaceField.DeprecationReason is null)
            {
                errors.Add(
                    $"Interface field {Coordinates.Field(iface, ifaceField)} is not deprecated, so implementation field " +
                    $"{Coordinates.Field(type, field)} must not be deprecated.",
                    DeprecationRules.DeprecatedDirective(field.AstNode?.Directives),
                    field.AstNode?.Type);
            }
        }
    }

    private static void ValidateArguments(FieldsType type, InterfaceType iface, FieldDefinition field, FieldDefinition ifaceField, SchemaErrors errors)
    {
        foreach (var ifaceArgument in ifaceField.Arguments)
        {
            var ifaceCoordinate = Coordinates.Argument(iface, ifaceField, ifaceArgument);
            if (!field.Arguments.TryGet(ifaceArgument.Name, out var argument))
            {
                errors.Add(
                    $"Interface field argument {ifaceCoordinate} expected but {Coordinates.Field(type, field)} does not provide it.",
                    ifaceArgument.AstNode,
                    field.AstNode);
                continue;
            }

            if (!TypeComparators.IsEqualType(ifaceArgument.Type, argument.Type))
            {
                errors.Add(
                    $"Interface field argument {ifaceCoordinate} expects type {ifaceArgument.Type} but " +
                    $"{Coordinates.Argument(type, field, argument)} is type {argument.Type}.",
                    ifaceArgument.AstNode?.Type,
                    argument.AstNode?.Type);
            }
        }

        foreach (var argument in field.Arguments)
        {
            if (argument.IsRequired() && !ifaceField.Arguments.TryGet(argument.Name, out _))
            {
                errors.Add(
                    $"Argument \"{Coordinates.Argument(type, field, argument)}\" must not be required type \"{argument.Type}\" " +
                    $"if not provided by the Interface field \"{Coordinates.Field(iface, ifaceField)}\".",
                    argument.AstNode,
                    ifaceField.AstNode);
            }
        }
    }

    /// <summary>Where the definition and extensions of <paramref name="type"/> name <paramref name="iface"/>.</summary>
    private static IEnumerable<NamedTypeNode> ImplementsNodes(NamedType type, NamedType iface)
    {
        IEnumerable<TypeDefinitionNode> nodes = type.AstNode is null ? type.ExtensionAstNodes : [type.AstNode, .. type.ExtensionAstNodes];
        return nodes.OfType<FieldsTypeDefinitionNode>().SelectMany(n => n.Interfaces).Where(i => i.Name.Value == iface.Name);
    }
}
