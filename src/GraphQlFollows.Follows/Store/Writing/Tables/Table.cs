namespace GraphQlFollows.Follows.Store.Writing.Tables;

/// <summary>What a commit does with a written table's rows.</summary>
internal enum TableWrites
{
    /// <summary>Rows are only added (the log, new profiles): a row that exists already is an error.</summary>
    Insert,

    /// <summary>Rows are added or replaced by key: the columns not marked insert-only are overwritten.</summary>
    Upsert,
}

/// <summary>
/// A table the writer reads and writes, described once: its name, its key columns and its other columns, each with
/// how a value of <typeparamref name="TRow"/> maps to it, and how a row read back becomes a <typeparamref name="TRow"/>.
/// Every statement of the writer about the table (see <see cref="TableSql"/>) and every row it reads or binds
/// follows from this description; <c>WrittenTablesTests</c> holds it against the EF Core model of each provider.
/// </summary>
internal sealed class Table<TRow>
{
    public Table(
        string name, Column<TRow>[] keys, Column<TRow>[] values, Func<IRowSource, TRow> read, TableWrites writes,
        IReadOnlySet<string>? insertOnly = null)
    {
        Name = name;
        Keys = keys;
        Values = values;
        Columns = [.. keys, .. values];
        for (var i = 0; i < Columns.Count; i++)
        {
            Columns[i].Ordinal = Columns[i].Ordinal == -1
                ? i
                : throw new ArgumentException($"Column {Columns[i].Name} already belongs to a table.", nameof(keys));
        }
        Read = read;
        Writes = writes;
        Updated = writes == TableWrites.Upsert
            ? values.Where(c => insertOnly is null || !insertOnly.Contains(c.Name)).ToArray()
            : [];
    }

    public string Name { get; }

    public IReadOnlyList<Column<TRow>> Keys { get; }

    public IReadOnlyList<Column<TRow>> Values { get; }

    /// <summary>The keys, then the other columns: the order of every statement's columns and parameters.</summary>
    public IReadOnlyList<Column<TRow>> Columns { get; }

    /// <summary>Makes the domain value of a row read with <see cref="Columns"/> in order.</summary>
    public Func<IRowSource, TRow> Read { get; }

    public TableWrites Writes { get; }

    /// <summary>The columns an upsert overwrites on a row that exists.</summary>
    public IReadOnlyList<Column<TRow>> Updated { get; }
}

/// <summary>
/// A count kept in a table's row and moved by deltas: <c>count = count + delta</c>, so that concurrent commits'
/// deltas add up and a decision never depends on a count it read.
/// </summary>
/// <param name="Table">The table.</param>
/// <param name="Key">Its one key column.</param>
/// <param name="Count">The count column.</param>
/// <param name="AddsRows">Whether a delta for a key without a row adds the row (with the delta as its count); otherwise the row exists.</param>
internal sealed record CounterColumn(string Table, string Key, string Count, bool AddsRows);
