namespace GraphQlFollows.GraphQL.Language;

/// <summary>The names a directive definition may list after <c>on</c>.</summary>
public static class DirectiveLocations
{
    public static IReadOnlyList<string> Executable { get; } =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION",
    ];

    public static IReadOnlyList<string> TypeSystem { get; } =
    [
        "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM",
        "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    public static bool IsValid(string name) => Executable.Contains(name) || TypeSystem.Contains(name);
}
