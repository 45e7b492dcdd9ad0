namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// Several SQL statements sent to the database as one command, so that they cost one round trip. Each parameter
/// is a JSON array (see <see cref="WriteSql"/>); statements that need nothing from it read an empty array.
/// </summary>
internal sealed class SqlBatch
{
    public SqlBatch(IReadOnlyList<string> parameters, params string[] statements)
    {
        Parameters = parameters;
        Statements = statements.Length;
        Text = string.Join(";\n", statements);
    }

    public string Text { get; }

    /// <summary>The names of the command's parameters, in the order their values are given.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>The SQL statements in <see cref="Text"/>.</summary>
    public int Statements { get; }
}
