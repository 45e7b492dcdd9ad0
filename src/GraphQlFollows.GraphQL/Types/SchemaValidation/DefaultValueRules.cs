using System.Text;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation;

/// <summary>A default value must be a valid value of its argument's or input field's type.</summary>
internal static class DefaultValueRules
{
    public static void Validate(string coordinate, InputValue value, SchemaErrors errors)
    {
        if (value.DefaultValue is null || !value.Type.IsInputType())
        {
            return;
        }

        foreach (var problem in ConstantLiteralValidator.Validate(value.DefaultValue, value.Type))
        {
            errors.Add($"{coordinate} has invalid default value{PathText(problem.Path)}: {problem.Message}", problem.Node);
        }
    }

    private static string PathText(IReadOnlyList<object> path)
    {
        if (path.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder(" at ");
        foreach (var key in path)
        {
            text.Append(key is int index ? $"[{index}]" : $".{key}");
        }

        return text.ToString();
    }
}
