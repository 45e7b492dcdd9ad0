using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Building;

namespace GraphQlFollows.GraphQL.Validation.TypeSystem;

/// <summary>Fields of object and interface types: at least one, output types, and well-typed arguments.</summary>
internal static class FieldRules
{
    public static void Validate(FieldsType type, SchemaErrors errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.", [type.AstNode, .. type.ExtensionAstNodes]);
        }

        foreach (var field in type.Fields)
        {
            NameRules.Validate(field.Name, field.AstNode, errors);
            if (!field.Type.IsOutputType())
            {
                errors.Add($"The type of {Coordinates.Field(type, field)} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            foreach (var argument in field.Arguments)
            {
                var coordinate = Coordinates.Argument(type, field, argument);
                NameRules.Validate(argument.Name, argument.AstNode, errors);
                if (!argument.Type.IsInputType())
                {
                    errors.Add($"The type of {coordinate} must be Input Type but got: {argument.Type}.", argument.AstNode?.Type);
                }

                DeprecationRules.ValidateArgument(coordinate, argument, errors);
                DefaultValueRules.Validate(coordinate, argument, errors);
            }
        }
    }
}
