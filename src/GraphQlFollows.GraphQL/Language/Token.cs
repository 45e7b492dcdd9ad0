namespace GraphQlFollows.GraphQL.Language;

/// <summary>
/// One lexical token. Offsets come twice: in bytes of the UTF-8 source (to slice it) and in UTF-16 code units
/// (what node locations and error positions report, as graphql-js does).
/// </summary>
internal readonly struct Token(
    TokenKind kind,
    int start,
    int end,
    int charStart,
    int charEnd,
    int line,
    int column,
    string? value = null)
{
    public TokenKind Kind { get; } = kind;

    /// <summary>Byte offset of the first byte.</summary>
    public int Start { get; } = start;

    /// <summary>Byte offset just past the last byte.</summary>
    public int End { get; } = end;

    public int CharStart { get; } = charStart;

    public int CharEnd { get; } = charEnd;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>The decoded value of a string or block string; null for other kinds, whose text is the source slice.</summary>
    public string? Value { get; } = value;
}
