using System.Data.Common;
using System.Diagnostics;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.State;
using GraphQlFollows.Follows.Graph.Writes;
using GraphQlFollows.Follows.Store.Writing.Tables;
using Npgsql;
using NpgsqlTypes;
using static GraphQlFollows.Follows.Store.Writing.Tables.WrittenTables;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// The writer's PostgreSQL connection. Several instances may write one database, so a commit is split in two: what
/// instances may do at the same time, and the serialized section, where only one writer at a time may be:
/// <list type="number">
/// <item>begin; lock the rows the batch may change (<see cref="RowLocks"/>), then read every row it names and take a
/// block of operation ids (one command);</item>
/// <item>(decide, in this process, holding only those row locks;) write the changed rows, which refer to operations by
/// id, then take the commit lock and read the log's head (one command);</item>
/// <item>(chain the operations onto the head, in this process;) append them, move the counts by their deltas, notify
/// the other instances, and commit (one command), which lets both kinds of lock go.</item>
/// </list>
/// So the commit lock is held from the second command's end to the third's: chaining, appending, counting and the
/// durable <c>COMMIT</c>, whatever else the batch did. Each command is a batch of statements prepared on the server
/// once, each table's rows one array parameter per column, so a commit costs the same statements and round trips
/// whatever its size. docs/scaling.md gives the invariants and why each holds.
/// </summary>
internal sealed class PostgresWriteConnection : WriteConnection
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlBatch _load;
    private readonly NpgsqlBatch _contents;
    private readonly NpgsqlBatch _write;
    private readonly NpgsqlBatch _append;
    private readonly NpgsqlBatch _commit;
    private readonly NpgsqlBatch _rollback;
    private readonly NpgsqlBatch _prune;
    private bool _begun;

    private PostgresWriteConnection(NpgsqlConnection connection)
    {
        _connection = connection;
        _load = Batch([
            Command("BEGIN"),
            Command(RowLocks.Sql, NpgsqlDbType.Array | NpgsqlDbType.Integer, NpgsqlDbType.Array | NpgsqlDbType.Integer,
                NpgsqlDbType.Array | NpgsqlDbType.Boolean),
            Select(SigningKeys.Table), Select(Profiles.Table), Select(Pairs.Table), Select(Blocks.Table), Select(RateBuckets.Table),
            ArrayCommand(
                $"SELECT a.address, (SELECT count(*) FROM {SigningKeys.Table.Name} k WHERE k.{SigningKeys.Address.Name} = a.address " +
                $"AND k.{SigningKeys.RevokedAt.Name} IS NULL) FROM unnest($1) AS a(address)", ColumnType.Text),
            Command($"SELECT nextval('{SqlDialect.PostgresOperationIds}')"),
        ]);
        _contents = Batch([ArrayCommand(
            $"SELECT {Operations.Id.Name}, {Operations.Content.Name} FROM {Operations.Table.Name} WHERE {Operations.Id.Name} = ANY($1)",
            ColumnType.Int64)]);
        _write = Batch([
            Write(SigningKeys.Table), Write(Profiles.Table), Write(Pairs.Table), Write(Blocks.Table), Write(RateBuckets.Table),
            Command($"SELECT pg_advisory_xact_lock({SqlDialect.PostgresCommitLock})"),
            Command($"SELECT {Operations.Position.Name}, {Operations.Digest.Name} FROM {Operations.Table.Name} " +
                $"ORDER BY {Operations.Position.Name} DESC LIMIT 1"),
        ]);
        _append = Batch([
            Write(Operations.Table), Add(Addresses.FollowingCounts), Add(Profiles.FollowerCounts),
            // Other instances hear of a commit that appended to the log (see SqlDialect.ListenAsync).
            Command($"SELECT pg_notify('{SqlDialect.PostgresChannel}', '') WHERE $1", NpgsqlDbType.Boolean),
            Command("COMMIT"),
        ]);
        _commit = Batch([Command("COMMIT")]);
        _rollback = Batch([Command("ROLLBACK")]);
        _prune = Batch([
            Command("BEGIN"),
            Command($"DELETE FROM {RateBuckets.Table.Name} WHERE {RateBuckets.UpdatedAt.Name} < $1", NpgsqlDbType.Bigint),
            Command("COMMIT"),
        ]);
    }

    public static async Task<WriteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            var writer = new PostgresWriteConnection(connection);
            // Parsed and planned once on the server, not inside every commit.
            foreach (var batch in writer.Batches)
            {
                await batch.PrepareAsync(cancellationToken);
            }
            return writer;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Nothing is sent yet: the transaction begins with the batch's row locks (see <see cref="LoadAsync"/>).</summary>
    public override Task BeginAsync(CancellationToken cancellationToken)
    {
        StartCounting();
        _begun = false;
        return Task.CompletedTask;
    }

    public override async Task<long> LoadAsync(CommitKeys keys, CommitState state)
    {
        var (kinds, hashes, exclusive) = RowLocks.For(keys);
        Bind(_load, 1, kinds, hashes, exclusive);
        Bind(_load, 2, keys.Keys.ToArray());
        Bind(_load, 3, keys.Handles.ToArray());
        Bind(_load, 4, keys.Pairs.Select(p => p.Address).ToArray(), keys.Pairs.Select(p => p.Handle).ToArray());
        Bind(_load, 5, keys.Blocks.Select(b => b.Handle).ToArray(), keys.Blocks.Select(b => b.Address).ToArray());
        Bind(_load, 6, keys.Buckets.ToArray());
        Bind(_load, 7, keys.KeyCounts.ToArray());
        _begun = true;
        await using var reader = await Send(_load).ExecuteReaderAsync();
        var rows = new DataReaderRows(reader);
        // BEGIN returns no rows; the row locks' statement returns one.
        await ReadAsync(reader, () => { });
        await ReadAsync(reader, () => Put(state.Keys, SigningKeys.Table.Read(rows), k => k.Key));
        await ReadAsync(reader, () => Put(state.Profiles, Profiles.Table.Read(rows), p => p.Handle));
        await ReadAsync(reader, () => Put(state.Pairs, Pairs.Table.Read(rows), p => (p.Address, p.Handle)));
        await ReadAsync(reader, () => Put(state.Blocks, Blocks.Table.Read(rows), b => (b.Handle, b.Address)));
        await ReadAsync(reader, () => Put(state.Buckets, RateBuckets.Table.Read(rows), b => b.Address));
        await ReadAsync(reader, () => state.ActiveKeyCounts[reader.GetString(0)] = (int)reader.GetInt64(1));
        long firstOperation = 0;
        await ReadAsync(reader, () => firstOperation = reader.GetInt64(0));
        return firstOperation;
    }

    public override async Task<IReadOnlyDictionary<long, string>> ReadContentsAsync(IReadOnlyCollection<long> operations)
    {
        _contents.BatchCommands[0].Parameters[0].Value = operations.ToArray();
        var contents = new Dictionary<long, string>(operations.Count);
        await using var reader = await Send(_contents).ExecuteReaderAsync();
        await ReadAsync(reader, () => contents[reader.GetInt64(0)] = reader.GetString(1));
        return contents;
    }

    public override async Task<CommitReceipt?> CommitAsync(CommitChanges changes, Func<bool> mayAppend)
    {
        if (!_begun)
        {
            return new CommitReceipt([], TimeSpan.Zero, Task.CompletedTask);
        }
        if (changes.IsEmpty)
        {
            await Send(_commit).ExecuteNonQueryAsync();
            return new CommitReceipt([], TimeSpan.Zero, Task.CompletedTask);
        }
        var head = await WriteRowsAndLockAsync(changes);
        var locked = Stopwatch.GetTimestamp();
        if (!mayAppend())
        {
            await Send(_rollback).ExecuteNonQueryAsync();
            return null;
        }
        var appended = Chain(head, changes.Appended);
        Bind(_append, 0, Operations.Table, appended);
        Bind(_append, 1, changes.FollowingCountDeltas.Keys.ToArray(), changes.FollowingCountDeltas.Values.ToArray());
        Bind(_append, 2, changes.FollowerCountDeltas.Keys.ToArray(), changes.FollowerCountDeltas.Values.ToArray());
        _append.BatchCommands[3].Parameters[0].Value = appended.Count > 0;
        await Send(_append).ExecuteNonQueryAsync();
        // COMMIT returned: the commit is on disk (or on the standbys synchronous replication names).
        return new CommitReceipt(appended, Stopwatch.GetElapsedTime(locked), Task.CompletedTask);
    }

    /// <summary>Writes the changed rows, then takes the commit lock and answers the log's head.</summary>
    private async Task<ChainHead> WriteRowsAndLockAsync(CommitChanges changes)
    {
        Bind(_write, 0, SigningKeys.Table, changes.Keys.Values.ToArray());
        Bind(_write, 1, Profiles.Table, changes.NewProfiles.Values.ToArray());
        Bind(_write, 2, Pairs.Table, changes.Pairs.Values.ToArray());
        Bind(_write, 3, Blocks.Table, changes.Blocks.Values.ToArray());
        Bind(_write, 4, RateBuckets.Table, changes.Buckets.Values.ToArray());
        await using var reader = await Send(_write).ExecuteReaderAsync();
        var head = ChainHead.Empty;
        // The writes return no rows; the commit lock's statement returns one, then the head.
        await ReadAsync(reader, () => { });
        await ReadAsync(reader, () => head = new ChainHead(reader.GetInt64(0), reader.GetString(1)));
        return head;
    }

    public override async Task PruneRateBucketsAndCommitAsync(long cutoffMs)
    {
        _prune.BatchCommands[1].Parameters[0].Value = cutoffMs;
        await Send(_prune).ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var batch in Batches)
        {
            await batch.DisposeAsync();
        }
        await _connection.DisposeAsync();
    }

    private NpgsqlBatch[] Batches => [_load, _contents, _write, _append, _commit, _rollback, _prune];

    private NpgsqlBatch Send(NpgsqlBatch batch)
    {
        Statements += batch.BatchCommands.Count;
        RoundTrips++;
        return batch;
    }

    private NpgsqlBatch Batch(IEnumerable<NpgsqlBatchCommand> commands)
    {
        var batch = new NpgsqlBatch(_connection);
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }
        return batch;
    }

    private static NpgsqlBatchCommand Select<TRow>(Table<TRow> table) =>
        ArrayCommand(TableSql.PostgresSelect(table), [.. table.Keys.Select(c => c.Type)]);

    private static NpgsqlBatchCommand Write<TRow>(Table<TRow> table) =>
        ArrayCommand(TableSql.PostgresWrite(table), [.. table.Columns.Select(c => c.Type)]);

    private static NpgsqlBatchCommand Add(CounterColumn counter) =>
        ArrayCommand(TableSql.PostgresAdd(counter), ColumnType.Text, ColumnType.Int64);

    /// <summary>A statement whose parameters are arrays of the given column types.</summary>
    private static NpgsqlBatchCommand ArrayCommand(string sql, params ColumnType[] arrays) =>
        Command(sql, [.. arrays.Select(ArrayOf)]);

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlDbType[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var type in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = type, Value = DBNull.Value });
        }
        return command;
    }

    private static NpgsqlDbType ArrayOf(ColumnType type) => NpgsqlDbType.Array | type switch
    {
        ColumnType.Text => NpgsqlDbType.Text,
        ColumnType.Int64 => NpgsqlDbType.Bigint,
        ColumnType.Real => NpgsqlDbType.Double,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static void Bind(NpgsqlBatch batch, int command, params Array[] values)
    {
        var parameters = batch.BatchCommands[command].Parameters;
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i];
        }
    }

    private static void Bind<TRow>(NpgsqlBatch batch, int command, Table<TRow> table, IReadOnlyList<TRow> rows) =>
        Bind(batch, command, table.Columns.Select(c => c.ToArray(rows)).ToArray());

    private static void Put<TKey, TRow>(Dictionary<TKey, TRow> rows, TRow row, Func<TRow, TKey> keyOf)
        where TKey : notnull => rows[keyOf(row)] = row;

    /// <summary>Reads the reader's current result, then moves it to the next.</summary>
    private static async Task ReadAsync(DbDataReader reader, Action read)
    {
        while (await reader.ReadAsync())
        {
            read();
        }
        await reader.NextResultAsync();
    }
}
