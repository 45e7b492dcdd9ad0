using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Building;

namespace GraphQlFollows.GraphQL.Validation.TypeSystem;

/// <summary>Directive definitions: a name outside the reserved space, at least one location, well-typed arguments.</summary>
internal static class DirectiveRules
{
    public static void Validate(Schema schema, SchemaErrors errors)
    {
        foreach (var directive in schema.Directives)
        {
            NameRules.Validate(directive.Name, directive.AstNode, errors);
            if (directive.Locations.Count == 0)
            {
                errors.Add($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments)
            {
                var coordinate = Coordinates.Argument(directive, argument);
                NameRules.Validate(argument.Name, argument.AstNode, errors);
                if (!argument.Type.IsInputType())
                {
                    errors.Add($"The type of {coordinate} must be Input Type but got: {argument.Type}.", argument.AstNode);
                }

                DeprecationRules.ValidateArgument(coordinate, argument, errors);
                DefaultValueRules.Validate(coordinate, argument, errors);
            }
        }
    }
}
