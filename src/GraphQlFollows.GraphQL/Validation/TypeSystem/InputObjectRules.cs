using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Building;

namespace GraphQlFollows.GraphQL.Validation.TypeSystem;

/// <summary>
/// Input object fields: at least one, input types, required ones not deprecated, valid defaults; and for <c>@oneOf</c>
/// input objects, every field nullable and without a default (exactly one field is given, and never null).
/// </summary>
internal static class InputObjectRules
{
    public static void Validate(InputObjectType input, SchemaErrors errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add($"Input Object type {input.Name} must define one or more fields.", [input.AstNode, .. input.ExtensionAstNodes]);
        }

        foreach (var field in input.Fields)
        {
            var coordinate = Coordinates.InputField(input, field);
            NameRules.Validate(field.Name, field.AstNode, errors);
            if (!field.Type.IsInputType())
            {
                errors.Add($"The type of {coordinate} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            DeprecationRules.ValidateInputField(coordinate, field, errors);
            DefaultValueRules.Validate(coordinate, field, errors);
            if (input.IsOneOf)
            {
                ValidateOneOfField(coordinate, field, errors);
            }
        }
    }

    private static void ValidateOneOfField(string coordinate, InputValue field, SchemaErrors errors)
    {
        if (field.Type is NonNullType)
        {
            errors.Add($"OneOf input field {coordinate} must be nullable.", field.AstNode?.Type);
        }

        if (field.DefaultValue is not null)
        {
            errors.Add($"OneOf input field {coordinate} cannot have a default value.", field.AstNode);
        }
    }
}
