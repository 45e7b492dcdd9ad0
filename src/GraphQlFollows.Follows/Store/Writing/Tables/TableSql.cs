namespace GraphQlFollows.Follows.Store.Writing.Tables;

/// <summary>
/// The writer's statements about a described table, in the two forms its providers need: on SQLite one row per
/// execution of a statement prepared once (the database is in the process: a statement costs no round trip, and
/// bound values need no parsing), on PostgreSQL all of a commit's rows at once, as one array parameter per column
/// (<c>unnest</c>), so that a commit costs the same round trips whatever its size. Parameters follow the table's
/// column order: <c>?1</c>, <c>?2</c>, … on SQLite, <c>$1</c>, <c>$2</c>, … on PostgreSQL.
/// </summary>
internal static class TableSql
{
    /// <summary>SQLite: the row of one key (bound in key order).</summary>
    public static string SqliteSelect<TRow>(Table<TRow> table) =>
        $"SELECT {List(table.Columns, c => c.Name)} FROM {table.Name} WHERE {string.Join(" AND ", table.Keys.Select((c, i) => $"{c.Name} = ?{i + 1}"))}";

    /// <summary>SQLite: writes one row (bound in column order).</summary>
    public static string SqliteWrite<TRow>(Table<TRow> table) =>
        $"INSERT INTO {table.Name} ({List(table.Columns, c => c.Name)}) VALUES ({List(table.Columns, c => $"?{c.Ordinal + 1}")}){OnConflict(table)}";

    /// <summary>SQLite: adds a delta (<c>?2</c>) to the count of one key (<c>?1</c>).</summary>
    public static string SqliteAdd(CounterColumn counter) => counter.AddsRows
        ? $"INSERT INTO {counter.Table} ({counter.Key}, {counter.Count}) VALUES (?1, ?2) " +
          $"ON CONFLICT ({counter.Key}) DO UPDATE SET {counter.Count} = {counter.Table}.{counter.Count} + excluded.{counter.Count}"
        : $"UPDATE {counter.Table} SET {counter.Count} = {counter.Count} + ?2 WHERE {counter.Key} = ?1";

    /// <summary>PostgreSQL: the rows of many keys, one array per key column.</summary>
    public static string PostgresSelect<TRow>(Table<TRow> table) =>
        $"SELECT {List(table.Columns, c => $"t.{c.Name}")} FROM {table.Name} t " +
        $"JOIN unnest({List(table.Keys, c => $"${c.Ordinal + 1}")}) AS k({List(table.Keys, c => c.Name)}) " +
        $"ON {string.Join(" AND ", table.Keys.Select(c => $"t.{c.Name} = k.{c.Name}"))}";

    /// <summary>PostgreSQL: writes many rows, one array per column.</summary>
    public static string PostgresWrite<TRow>(Table<TRow> table) =>
        $"INSERT INTO {table.Name} ({List(table.Columns, c => c.Name)}) " +
        $"SELECT * FROM unnest({List(table.Columns, c => $"${c.Ordinal + 1}")}){OnConflict(table)}";

    /// <summary>PostgreSQL: adds many deltas (<c>$2</c>) to the counts of their keys (<c>$1</c>).</summary>
    public static string PostgresAdd(CounterColumn counter) => counter.AddsRows
        ? $"INSERT INTO {counter.Table} ({counter.Key}, {counter.Count}) SELECT * FROM unnest($1, $2) " +
          $"ON CONFLICT ({counter.Key}) DO UPDATE SET {counter.Count} = {counter.Table}.{counter.Count} + excluded.{counter.Count}"
        : $"UPDATE {counter.Table} t SET {counter.Count} = t.{counter.Count} + d.delta FROM unnest($1, $2) AS d(key, delta) " +
          $"WHERE t.{counter.Key} = d.key";

    private static string OnConflict<TRow>(Table<TRow> table) => table.Updated.Count == 0
        ? ""
        : $" ON CONFLICT ({List(table.Keys, c => c.Name)}) DO UPDATE SET {List(table.Updated, c => $"{c.Name} = excluded.{c.Name}")}";

    private static string List<TColumn>(IEnumerable<TColumn> columns, Func<TColumn, string> text) => string.Join(", ", columns.Select(text));
}
