using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Building;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.TypeSystem;

/// <summary>A default value must be a valid value of its argument's or input field's type.</summary>
internal static class DefaultValueRules
{
    public static void Validate(string coordinate, InputValue value, SchemaErrors errors)
    {
        if (value.DefaultValue is null || !value.Type.IsInputType())
        {
            return;
        }

        var literals = new InputLiteralValidator((message, path, node) =>
            errors.Add($"{coordinate} has invalid default value{InputPath.Print(path)}: {message}", node));
        literals.Validate(value.DefaultValue, value.Type);
    }
}
