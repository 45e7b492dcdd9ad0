using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace GraphQlFollows.Follows.Store.Reading;

/// <summary>
/// What the reads' SQL needs from each provider: how a list of keys becomes a table (SQLite: a JSON array read by
/// <c>json_each</c>; PostgreSQL: an array read by <c>unnest</c>), how the first rows of each key's list are read
/// in one statement (PostgreSQL: <c>LATERAL</c>; SQLite, which has none: a correlated subquery finding where each
/// key's rows end), and how parameters of each kind are made and given values.
/// </summary>
internal abstract class ReadDialect
{
    /// <summary>A table source of the keys in <paramref name="parameter"/>, aliased <c>k</c> with the column <c>value</c>.</summary>
    public abstract string KeyTable(string parameter);

    /// <summary>The condition that <paramref name="column"/> is one of the keys in <paramref name="parameter"/>.</summary>
    public abstract string IsKey(string column, string parameter);

    /// <summary>
    /// The columns <paramref name="columns"/> (of <c>f</c>) of the first <c>@count</c> rows of <paramref name="table"/>
    /// of each key of <c>@keys</c> (<paramref name="keyColumn"/> equal to it) whose <paramref name="order"/> column lies
    /// strictly between <c>@above</c> and <c>@below</c>, in descending or ascending order of it; the rows of all the
    /// keys together, ordered by key and then by that column.
    /// </summary>
    public abstract string FirstRowsOfKeys(string table, string keyColumn, string columns, string order, bool descending);

    public abstract DbParameter Parameter(string name, ParameterKind kind);

    public abstract object ListValue(IReadOnlyList<string> keys);

    public abstract object ListValue(IReadOnlyList<long> keys);

    /// <summary>Opens a connection of the reads' own.</summary>
    public abstract Task<DbConnection> OpenAsync();

    /// <summary>Whether the connections stay with the reads between calls, keeping their prepared commands (else the provider pools them).</summary>
    public abstract bool KeepsConnections { get; }

    public static ReadDialect For(StorageProvider provider, string connectionString) => provider switch
    {
        StorageProvider.Sqlite => new SqliteReadDialect(connectionString),
        StorageProvider.PostgreSql => new PostgresReadDialect(connectionString),
        _ => throw new ArgumentException($"Unknown storage provider {provider}."),
    };

    private sealed class SqliteReadDialect(string connectionString) : ReadDialect
    {
        // The reads pool their connections themselves, with their commands; query_only: a read never writes.
        private readonly string _connectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        private static readonly string Pragmas = SqlitePragmas.Connection + " PRAGMA query_only=ON;";

        public override string KeyTable(string parameter) => $"json_each({parameter}) AS k";

        public override string IsKey(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

        // Per key, a subquery walks the (key, order) index to the @count-th row's value of it, and the rows from
        // the first to that one are read as one range of the index: twice the index steps of a single key's page.
        // (A subquery answering the rows' ids would do with one walk, but SQLite compiles that statement again at
        // every call.)
        public override string FirstRowsOfKeys(string table, string keyColumn, string columns, string order, bool descending)
        {
            var window = $"{order} > @above AND {order} < @below";
            var (direction, last, noLast) = descending ? ("DESC", ">=", "0") : ("ASC", "<=", long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return $"SELECT {columns} FROM {KeyTable("@keys")} JOIN {table} AS f ON f.{keyColumn} = k.value " +
                $"WHERE f.{order} > @above AND f.{order} < @below AND f.{order} {last} COALESCE((SELECT {order} FROM {table} " +
                $"WHERE {keyColumn} = k.value AND {window} ORDER BY {order} {direction} LIMIT 1 OFFSET @count - 1), {noLast}) " +
                $"ORDER BY f.{keyColumn}, f.{order} {direction}";
        }

        public override DbParameter Parameter(string name, ParameterKind kind) =>
            new SqliteParameter(name, kind == ParameterKind.Integer ? SqliteType.Integer : SqliteType.Text);

        public override object ListValue(IReadOnlyList<string> keys)
        {
            var json = new StringBuilder("[");
            foreach (var key in keys)
            {
                json.Append(json.Length > 1 ? ",\"" : "\"");
                // Every character but plain printable ASCII is escaped, so any text, even ill-formed UTF-16, is a valid JSON string.
                foreach (var c in key)
                {
                    if (c is < ' ' or > '~' or '"' or '\\')
                    {
                        json.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        json.Append(c);
                    }
                }
                json.Append('"');
            }
            return json.Append(']').ToString();
        }

        public override object ListValue(IReadOnlyList<long> keys) => $"[{string.Join(',', keys)}]";

        public override bool KeepsConnections => true;

        public override async Task<DbConnection> OpenAsync()
        {
            var connection = new SqliteConnection(_connectionString);
            try
            {
                await connection.OpenAsync();
                await using var pragmas = connection.CreateCommand();
                pragmas.CommandText = Pragmas;
                await pragmas.ExecuteNonQueryAsync();
                return connection;
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }
    }

    private sealed class PostgresReadDialect(string connectionString) : ReadDialect
    {
        public override string KeyTable(string parameter) => $"unnest({parameter}) AS k(value)";

        public override string IsKey(string column, string parameter) => $"{column} = ANY({parameter})";

        public override string FirstRowsOfKeys(string table, string keyColumn, string columns, string order, bool descending)
        {
            var direction = descending ? "DESC" : "ASC";
            return $"SELECT {columns} FROM {KeyTable("@keys")} CROSS JOIN LATERAL " +
                $"(SELECT * FROM {table} WHERE {keyColumn} = k.value AND {order} > @above AND {order} < @below " +
                $"ORDER BY {order} {direction} LIMIT @count) AS f ORDER BY f.{keyColumn}, f.{order} {direction}";
        }

        public override DbParameter Parameter(string name, ParameterKind kind) => new NpgsqlParameter(name, kind switch
        {
            ParameterKind.Integer => NpgsqlDbType.Bigint,
            ParameterKind.TextList => NpgsqlDbType.Array | NpgsqlDbType.Text,
            ParameterKind.IntegerList => NpgsqlDbType.Array | NpgsqlDbType.Bigint,
            _ => NpgsqlDbType.Text,
        });

        public override object ListValue(IReadOnlyList<string> keys) => keys as string[] ?? keys.ToArray();

        public override object ListValue(IReadOnlyList<long> keys) => keys as long[] ?? keys.ToArray();

        // Npgsql's pool keeps the connections, and with them the statements prepared on each: preparing a command
        // whose text a connection has prepared before costs no round trip.
        public override bool KeepsConnections => false;

        public override async Task<DbConnection> OpenAsync()
        {
            var connection = new NpgsqlConnection(connectionString);
            try
            {
                await connection.OpenAsync();
                return connection;
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }
    }
}
