using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Building;

namespace GraphQlFollows.GraphQL.Validation.TypeSystem;

/// <summary>How messages name schema elements: <c>Type.field</c>, <c>Type.field(arg:)</c>, <c>@directive(arg:)</c>.</summary>
internal static class Coordinates
{
    public static string Field(NamedType type, FieldDefinition field) => $"{type.Name}.{field.Name}";

    public static string Argument(NamedType type, FieldDefinition field, InputValue argument) =>
        $"{type.Name}.{field.Name}({argument.Name}:)";

    public static string Argument(DirectiveDefinition directive, InputValue argument) => $"@{directive.Name}({argument.Name}:)";

    public static string InputField(InputObjectType type, InputValue field) => $"{type.Name}.{field.Name}";

    /// <summary>"a", "a and b", "a, b, and c".</summary>
    public static string AndList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        2 => items[0] + " and " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
    };
}
