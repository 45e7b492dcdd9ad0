namespace GraphQlFollows.Follows.Store.Writing.Tables;

/// <summary>The SQL types the written tables use, as both providers' migrations declare them.</summary>
internal enum ColumnType
{
    /// <summary>SQLite <c>TEXT</c>, PostgreSQL <c>text</c>.</summary>
    Text,

    /// <summary>SQLite <c>INTEGER</c>, PostgreSQL <c>bigint</c>.</summary>
    Int64,

    /// <summary>SQLite <c>REAL</c>, PostgreSQL <c>double precision</c>.</summary>
    Real,
}

/// <summary>A row being read from the database, column by column.</summary>
internal interface IRowSource
{
    bool IsNull(int ordinal);

    string GetText(int ordinal);

    long GetInt64(int ordinal);

    double GetReal(int ordinal);
}

/// <summary>The values of a row being written, column by column (one SQL parameter each).</summary>
internal interface IRowSink
{
    void SetText(int ordinal, string? value);

    void SetInt64(int ordinal, long? value);

    void SetReal(int ordinal, double value);
}

/// <summary>
/// One column of a written table and how a domain value of type <typeparamref name="TRow"/> maps to it. Its
/// <see cref="Ordinal"/> is its place in the table's column list, which every statement made from the table
/// (see <see cref="Table{TRow}"/>) selects and binds in that order.
/// </summary>
internal abstract class Column<TRow>(string name, ColumnType type, bool isNullable)
{
    public string Name { get; } = name;

    public ColumnType Type { get; } = type;

    public bool IsNullable { get; } = isNullable;

    /// <summary>Set once, by the table the column belongs to.</summary>
    public int Ordinal { get; internal set; } = -1;

    /// <summary>Writes the column's value of <paramref name="row"/> to <paramref name="sink"/> at the column's ordinal.</summary>
    public abstract void Write(TRow row, IRowSink sink);

    /// <summary>The column's value of <paramref name="row"/>, boxed (for comparing rows, not for the writer's path).</summary>
    public abstract object? ValueOf(TRow row);

    /// <summary>The column's values of <paramref name="rows"/> as one array (a PostgreSQL array parameter).</summary>
    public abstract Array ToArray(IReadOnlyList<TRow> rows);
}

internal sealed class TextColumn<TRow>(string name, Func<TRow, string?> value, bool isNullable = false)
    : Column<TRow>(name, ColumnType.Text, isNullable)
{
    public string Read(IRowSource row) => row.GetText(Ordinal);

    public string? ReadNullable(IRowSource row) => row.IsNull(Ordinal) ? null : row.GetText(Ordinal);

    public override void Write(TRow row, IRowSink sink) => sink.SetText(Ordinal, value(row));

    public override object? ValueOf(TRow row) => value(row);

    public override Array ToArray(IReadOnlyList<TRow> rows) => rows.Select(value).ToArray();
}

internal sealed class Int64Column<TRow>(string name, Func<TRow, long?> value, bool isNullable = false)
    : Column<TRow>(name, ColumnType.Int64, isNullable)
{
    public long Read(IRowSource row) => row.GetInt64(Ordinal);

    public long? ReadNullable(IRowSource row) => row.IsNull(Ordinal) ? null : row.GetInt64(Ordinal);

    public override void Write(TRow row, IRowSink sink) => sink.SetInt64(Ordinal, value(row));

    public override object? ValueOf(TRow row) => value(row);

    // A column that holds no null is sent as bigint[] of plain values, one that may as bigint[] with nulls.
    public override Array ToArray(IReadOnlyList<TRow> rows) =>
        IsNullable ? rows.Select(value).ToArray() : rows.Select(row => value(row)!.Value).ToArray();
}

internal sealed class RealColumn<TRow>(string name, Func<TRow, double> value)
    : Column<TRow>(name, ColumnType.Real, isNullable: false)
{
    public double Read(IRowSource row) => row.GetReal(Ordinal);

    public override void Write(TRow row, IRowSink sink) => sink.SetReal(Ordinal, value(row));

    public override object? ValueOf(TRow row) => value(row);

    public override Array ToArray(IReadOnlyList<TRow> rows) => rows.Select(value).ToArray();
}
