using System.Data.Common;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.State;
using GraphQlFollows.Follows.Store.Writing.Tables;
using Npgsql;
using NpgsqlTypes;
using static GraphQlFollows.Follows.Store.Writing.Tables.WrittenTables;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// The writer's PostgreSQL connection: a commit is three commands, each a batch of statements prepared on the server
/// once: begin holding the commit lock; read the head and every table's rows (one statement per table, each key
/// column one array parameter); write every table's changed rows (one statement per table, each column one array),
/// notify the other instances, and commit. So a commit costs the same statements and round trips whatever its size.
/// </summary>
internal sealed class PostgresWriteConnection : WriteConnection
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlBatch _begin;
    private readonly NpgsqlBatch _load;
    private readonly NpgsqlBatch _contents;
    private readonly NpgsqlBatch _commit;
    private readonly NpgsqlBatch _prune;

    private PostgresWriteConnection(NpgsqlConnection connection)
    {
        _connection = connection;
        _begin = Batch(SqlDialect.PostgresBeginLocked.Select(sql => Command(sql)));
        _load = Batch([
            Command($"SELECT {Operations.Position.Name}, {Operations.Digest.Name} FROM {Operations.Table.Name} " +
                $"ORDER BY {Operations.Position.Name} DESC LIMIT 1"),
            Select(SigningKeys.Table), Select(Profiles.Table), Select(Pairs.Table), Select(Blocks.Table), Select(RateBuckets.Table),
        ]);
        _contents = Batch([ArrayCommand(
            $"SELECT {Operations.Position.Name}, {Operations.Content.Name} FROM {Operations.Table.Name} WHERE {Operations.Position.Name} = ANY($1)",
            ColumnType.Int64)]);
        _commit = Batch([
            Write(SigningKeys.Table), Write(Profiles.Table), Add(Addresses.FollowingCounts), Write(Pairs.Table), Write(Blocks.Table),
            Add(Profiles.FollowerCounts), Write(RateBuckets.Table), Write(Operations.Table),
            // Other instances hear of a commit that appended to the log (see SqlDialect.ListenAsync).
            Command($"SELECT pg_notify('{SqlDialect.PostgresChannel}', '') WHERE $1", NpgsqlDbType.Boolean),
            Command("COMMIT"),
        ]);
        _prune = Batch([
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
            // Parsed and planned once on the server, not inside every commit's lock.
            foreach (var batch in (NpgsqlBatch[])[writer._begin, writer._load, writer._contents, writer._commit, writer._prune])
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

    public override async Task BeginAsync(CancellationToken cancellationToken)
    {
        StartCounting();
        await Send(_begin).ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task<ChainHead> LoadAsync(CommitKeys keys, CommitState state)
    {
        Bind(_load, 1, keys.Keys.ToArray());
        Bind(_load, 2, keys.Handles.ToArray());
        Bind(_load, 3, keys.Pairs.Select(p => p.Address).ToArray(), keys.Pairs.Select(p => p.Handle).ToArray());
        Bind(_load, 4, keys.Blocks.Select(b => b.Handle).ToArray(), keys.Blocks.Select(b => b.Address).ToArray());
        Bind(_load, 5, keys.Buckets.ToArray());
        await using var reader = await Send(_load).ExecuteReaderAsync();
        var rows = new DataReaderRows(reader);
        var head = ChainHead.Empty;
        await ReadAsync(reader, () => head = new ChainHead(reader.GetInt64(0), reader.GetString(1)));
        await ReadAsync(reader, () => Put(state.Keys, SigningKeys.Table.Read(rows), k => k.Key));
        await ReadAsync(reader, () => Put(state.Profiles, Profiles.Table.Read(rows), p => p.Handle));
        await ReadAsync(reader, () => Put(state.Pairs, Pairs.Table.Read(rows), p => (p.Address, p.Handle)));
        await ReadAsync(reader, () => Put(state.Blocks, Blocks.Table.Read(rows), b => (b.Handle, b.Address)));
        await ReadAsync(reader, () => Put(state.Buckets, RateBuckets.Table.Read(rows), b => b.Address));
        return head;
    }

    public override async Task<IReadOnlyDictionary<long, string>> ReadContentsAsync(IReadOnlyCollection<long> positions)
    {
        _contents.BatchCommands[0].Parameters[0].Value = positions.ToArray();
        var contents = new Dictionary<long, string>(positions.Count);
        await using var reader = await Send(_contents).ExecuteReaderAsync();
        await ReadAsync(reader, () => contents[reader.GetInt64(0)] = reader.GetString(1));
        return contents;
    }

    public override async Task<Task> CommitAsync(CommitChanges changes)
    {
        Bind(_commit, 0, SigningKeys.Table, changes.Keys.Values.ToArray());
        Bind(_commit, 1, Profiles.Table, changes.NewProfiles.Values.ToArray());
        Bind(_commit, 2, changes.FollowingCountDeltas.Keys.ToArray(), changes.FollowingCountDeltas.Values.ToArray());
        Bind(_commit, 3, Pairs.Table, changes.Pairs.Values.ToArray());
        Bind(_commit, 4, Blocks.Table, changes.Blocks.Values.ToArray());
        Bind(_commit, 5, changes.FollowerCountDeltas.Keys.ToArray(), changes.FollowerCountDeltas.Values.ToArray());
        Bind(_commit, 6, RateBuckets.Table, changes.Buckets.Values.ToArray());
        Bind(_commit, 7, Operations.Table, changes.Appended);
        _commit.BatchCommands[8].Parameters[0].Value = changes.Appended.Count > 0;
        await Send(_commit).ExecuteNonQueryAsync();
        // COMMIT returned: the commit is on disk (or on the standbys synchronous replication names).
        return Task.CompletedTask;
    }

    public override async Task PruneRateBucketsAndCommitAsync(long cutoffMs)
    {
        _prune.BatchCommands[0].Parameters[0].Value = cutoffMs;
        await Send(_prune).ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var batch in (NpgsqlBatch[])[_begin, _load, _contents, _commit, _prune])
        {
            await batch.DisposeAsync();
        }
        await _connection.DisposeAsync();
    }

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
