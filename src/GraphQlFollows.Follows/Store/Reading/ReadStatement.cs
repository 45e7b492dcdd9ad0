namespace GraphQlFollows.Follows.Store.Reading;

/// <summary>How a parameter's value is sent: one value, or a list that the statement reads as a table (see <see cref="ReadDialect"/>).</summary>
internal enum ParameterKind
{
    Text,
    Integer,
    TextList,
    IntegerList,
}

/// <summary>
/// One SQL statement of the reads, with its parameters in the order their values are set. <see cref="Id"/> numbers
/// it among the statements of its <see cref="ReadSql"/>, so that a connection keeps its prepared commands in an array.
/// </summary>
internal sealed class ReadStatement(int id, string name, string text, params (string Name, ParameterKind Kind)[] parameters)
{
    public int Id { get; } = id;

    /// <summary>What the statement reads, for traces.</summary>
    public string Name { get; } = name;

    public string Text { get; } = text;

    public IReadOnlyList<(string Name, ParameterKind Kind)> Parameters { get; } = parameters;
}
