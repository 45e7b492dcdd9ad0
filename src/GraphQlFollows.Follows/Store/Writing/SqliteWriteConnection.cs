using System.Diagnostics;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Writes;
using GraphQlFollows.Follows.Store.Writing.Tables;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using static GraphQlFollows.Follows.Store.Writing.Tables.WrittenTables;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// The writer's SQLite connection: each row is read or written by a statement prepared once (see
/// <see cref="SqliteStatement"/>), and commits are made durable by <see cref="WalSync"/>, off the writer's path.
/// SQLite has one writer at a time: a commit holds the database's write lock from <see cref="BeginAsync"/> on, so it
/// knows the log's head before it decides, and its operations' ids are their positions.
/// </summary>
internal sealed class SqliteWriteConnection : WriteConnection
{
    private readonly SqliteConnection _connection;
    private readonly WalSync? _wal;
    private readonly List<IDisposable> _statements = [];
    private readonly SqliteStatement _begin;
    private readonly SqliteStatement _commit;
    private readonly SqliteStatement _rollback;
    private readonly SqliteStatement _readHead;
    private readonly SqliteStatement _content;
    private ChainHead _head;
    private long _started;
    private readonly SqliteStatement _prune;
    private readonly SqliteStatement _followerCounts;
    private readonly SqliteStatement _followingCounts;
    private readonly SqliteStatement _activeKeys;
    private readonly SqliteTable<Graph.State.KeyState> _keys;
    private readonly SqliteTable<Graph.State.ProfileState> _profiles;
    private readonly SqliteTable<Graph.State.PairState> _pairs;
    private readonly SqliteTable<Graph.State.BlockState> _blocks;
    private readonly SqliteTable<Graph.State.RateBucket> _buckets;
    private readonly SqliteTable<Operation> _operations;

    private SqliteWriteConnection(SqliteConnection connection, bool writeAheadLog)
    {
        _connection = connection;
        var database = connection.Handle!;
        _wal = writeAheadLog ? new WalSync(raw.sqlite3_db_filename(database, "main").utf8_to_string()) : null;
        // IMMEDIATE: the write lock is taken at the start, not at the first write.
        _begin = Statement(database, "BEGIN IMMEDIATE");
        _commit = Statement(database, "COMMIT");
        _rollback = Statement(database, "ROLLBACK");
        _readHead = Statement(database,
            $"SELECT {Operations.Position.Name}, {Operations.Digest.Name} FROM {Operations.Table.Name} ORDER BY {Operations.Position.Name} DESC LIMIT 1");
        _content = Statement(database,
            $"SELECT {Operations.Content.Name} FROM {Operations.Table.Name} WHERE {Operations.Id.Name} = ?1");
        _prune = Statement(database,
            $"DELETE FROM {RateBuckets.Table.Name} WHERE {RateBuckets.UpdatedAt.Name} < ?1");
        _followerCounts = Statement(database, TableSql.SqliteAdd(Profiles.FollowerCounts));
        _followingCounts = Statement(database, TableSql.SqliteAdd(Addresses.FollowingCounts));
        _activeKeys = Statement(database,
            $"SELECT count(*) FROM {SigningKeys.Table.Name} WHERE {SigningKeys.Address.Name} = ?1 AND {SigningKeys.RevokedAt.Name} IS NULL");
        _keys = Table(database, SigningKeys.Table);
        _profiles = Table(database, Profiles.Table);
        _pairs = Table(database, Pairs.Table);
        _blocks = Table(database, Blocks.Table);
        _buckets = Table(database, RateBuckets.Table);
        _operations = Table(database, Operations.Table);
    }

    public static async Task<WriteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = SqlitePragmas.Connection + " PRAGMA journal_mode;";
            var writeAheadLog = string.Equals(await pragmas.ExecuteScalarAsync(cancellationToken) as string, "wal", StringComparison.OrdinalIgnoreCase);
            if (writeAheadLog)
            {
                // The writer's commits are made durable by WalSync, not inside COMMIT.
                pragmas.CommandText = "PRAGMA synchronous=NORMAL;";
                await pragmas.ExecuteNonQueryAsync(cancellationToken);
            }
            return new SqliteWriteConnection(connection, writeAheadLog);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override Task BeginAsync(CancellationToken cancellationToken)
    {
        StartCounting();
        Run(_begin);
        _started = Stopwatch.GetTimestamp();
        return Task.CompletedTask;
    }

    public override Task<long> LoadAsync(CommitKeys keys, CommitState state)
    {
        _head = ReadHead();
        Statements += _keys.Load(keys.Keys, static (s, key) => s.SetText(0, key), key => state.Keys[key.Key] = key);
        Statements += _profiles.Load(keys.Handles, static (s, handle) => s.SetText(0, handle), p => state.Profiles[p.Handle] = p);
        Statements += _pairs.Load(keys.Pairs, static (s, pair) => { s.SetText(0, pair.Address); s.SetText(1, pair.Handle); },
            p => state.Pairs[(p.Address, p.Handle)] = p);
        Statements += _blocks.Load(keys.Blocks, static (s, pair) => { s.SetText(0, pair.Handle); s.SetText(1, pair.Address); },
            b => state.Blocks[(b.Handle, b.Address)] = b);
        Statements += _buckets.Load(keys.Buckets, static (s, address) => s.SetText(0, address), b => state.Buckets[b.Address] = b);
        foreach (var address in keys.KeyCounts)
        {
            state.ActiveKeyCounts[address] = CountActiveKeys(address);
        }
        // The commit holds the only write lock, so its operations will take the positions after the head.
        return Task.FromResult(_head.Position + 1);
    }

    public override Task<IReadOnlyDictionary<long, string>> ReadContentsAsync(IReadOnlyCollection<long> operations)
    {
        var contents = new Dictionary<long, string>(operations.Count);
        foreach (var operation in operations)
        {
            _content.SetInt64(0, operation);
            if (ReadRow(_content, static s => s.GetText(0), null) is { } content)
            {
                contents[operation] = content;
            }
        }
        return Task.FromResult<IReadOnlyDictionary<long, string>>(contents);
    }

    public override Task<CommitReceipt?> CommitAsync(CommitChanges changes, Func<bool> mayAppend)
    {
        if (!changes.IsEmpty && !mayAppend())
        {
            Run(_rollback);
            return Task.FromResult<CommitReceipt?>(null);
        }
        var appended = Chain(_head, changes.Appended);
        // Rows that others refer to first: follows refer to profiles and addresses, blocks to profiles.
        Statements += _keys.Write(changes.Keys.Values);
        Statements += _profiles.Write(changes.NewProfiles.Values);
        Statements += Add(_followingCounts, changes.FollowingCountDeltas);
        Statements += _pairs.Write(changes.Pairs.Values);
        Statements += _blocks.Write(changes.Blocks.Values);
        Statements += Add(_followerCounts, changes.FollowerCountDeltas);
        Statements += _buckets.Write(changes.Buckets.Values);
        Statements += _operations.Write(appended);
        Run(_commit);
        var durable = changes.IsEmpty || _wal is null ? Task.CompletedTask : _wal.Committed();
        return Task.FromResult<CommitReceipt?>(new CommitReceipt(appended, Stopwatch.GetElapsedTime(_started), durable));
    }

    private int CountActiveKeys(string address)
    {
        _activeKeys.SetText(0, address);
        return ReadRow(_activeKeys, static s => (int)s.GetInt64(0), 0);
    }

    private ChainHead ReadHead() =>
        ReadRow(_readHead, static s => new ChainHead(s.GetInt64(0), s.GetText(1)), ChainHead.Empty);

    /// <summary>Runs a bound statement for its first row: <paramref name="read"/> of it, or <paramref name="none"/>.</summary>
    private T ReadRow<T>(SqliteStatement statement, Func<SqliteStatement, T> read, T none)
    {
        Statements++;
        try
        {
            return statement.Step() ? read(statement) : none;
        }
        finally
        {
            statement.Reset();
        }
    }

    public override Task PruneRateBucketsAndCommitAsync(long cutoffMs)
    {
        _prune.SetInt64(0, cutoffMs);
        Run(_prune);
        Run(_commit);
        return Task.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var statement in _statements)
        {
            statement.Dispose();
        }
        _wal?.Dispose();
        await _connection.DisposeAsync();
    }

    private void Run(SqliteStatement statement)
    {
        Statements++;
        statement.Execute();
    }

    private static int Add(SqliteStatement statement, Dictionary<string, long> deltas)
    {
        foreach (var (key, delta) in deltas)
        {
            statement.SetText(0, key);
            statement.SetInt64(1, delta);
            statement.Execute();
        }
        return deltas.Count;
    }

    private SqliteStatement Statement(sqlite3 database, string sql)
    {
        var statement = new SqliteStatement(database, sql);
        _statements.Add(statement);
        return statement;
    }

    private SqliteTable<TRow> Table<TRow>(sqlite3 database, Table<TRow> table) =>
        new(table, Statement(database, TableSql.SqliteSelect(table)), Statement(database, TableSql.SqliteWrite(table)));
}

/// <summary>A described table's two statements on the writer's SQLite connection: the row of one key, and the write of one row.</summary>
internal sealed class SqliteTable<TRow>(Table<TRow> table, SqliteStatement select, SqliteStatement write)
{
    /// <summary>Reads the row of each key that has one; answers the statements run.</summary>
    public int Load<TKey>(IEnumerable<TKey> keys, Action<SqliteStatement, TKey> bindKey, Action<TRow> found)
    {
        var statements = 0;
        foreach (var key in keys)
        {
            bindKey(select, key);
            statements++;
            try
            {
                if (select.Step())
                {
                    found(table.Read(select));
                }
            }
            finally
            {
                select.Reset();
            }
        }
        return statements;
    }

    /// <summary>Writes each row; answers the statements run.</summary>
    public int Write(IEnumerable<TRow> rows)
    {
        var statements = 0;
        foreach (var row in rows)
        {
            foreach (var column in table.Columns)
            {
                column.Write(row, write);
            }
            write.Execute();
            statements++;
        }
        return statements;
    }
}
