namespace GraphQlFollows.GraphQL.Language;

/// <summary>
/// Where a directive may be applied, as the specification names the places; the names a directive definition may
/// list after <c>on</c>. The reference implementation also knows <see cref="FRAGMENT_VARIABLE_DEFINITION"/> and
/// <see cref="DIRECTIVE_DEFINITION"/>, and so does this list.
/// </summary>
public enum DirectiveLocation
{
    QUERY,
    MUTATION,
    SUBSCRIPTION,
    FIELD,
    FRAGMENT_DEFINITION,
    FRAGMENT_SPREAD,
    INLINE_FRAGMENT,
    VARIABLE_DEFINITION,
    FRAGMENT_VARIABLE_DEFINITION,
    SCHEMA,
    SCALAR,
    OBJECT,
    FIELD_DEFINITION,
    ARGUMENT_DEFINITION,
    INTERFACE,
    UNION,
    ENUM,
    ENUM_VALUE,
    INPUT_OBJECT,
    INPUT_FIELD_DEFINITION,
    DIRECTIVE_DEFINITION,
}

/// <summary>Reads directive locations written in a document.</summary>
public static class DirectiveLocationNames
{
    /// <summary>The location of that exact name; numbers and names in other cases are not locations.</summary>
    public static bool TryParse(string name, out DirectiveLocation location)
    {
        location = default;
        return name.Length > 0 && char.IsAsciiLetterUpper(name[0]) && Enum.TryParse(name, ignoreCase: false, out location);
    }
}
