using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Building;

namespace GraphQlFollows.GraphQL.Validation.TypeSystem;

/// <summary>Enum types: at least one value, none with a reserved name.</summary>
internal static class EnumRules
{
    public static void Validate(EnumType enumType, SchemaErrors errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add($"Enum type {enumType.Name} must define one or more values.", [enumType.AstNode, .. enumType.ExtensionAstNodes]);
        }

        foreach (var value in enumType.Values)
        {
            NameRules.Validate(value.Name, value.AstNode, errors);
        }
    }
}
