using System.Data.Common;
using System.Text.Json;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// One commit of the writer: it holds the database's write lock from its start (see
/// <see cref="SqlDialect.BeginLockedAsync"/>), reads the rows a batch touches with one statement per table, and
/// writes back the changed ones with one statement per table, so that a commit costs the same number of
/// statements whether it carries one write or hundreds.
/// </summary>
internal sealed class WriteTransaction : IAsyncDisposable
{
    // The two-column key of a follow pair (address, handle) or a block pair (handle, address), in the key's order.
    private static readonly Action<Utf8JsonWriter, (string, string)> WriteKeyPair = static (json, key) =>
    {
        json.WriteStringValue(key.Item1);
        json.WriteStringValue(key.Item2);
    };

    private readonly PreparedCommands _commands;
    private readonly DbTransaction _transaction;
    private readonly WriteSql _sql;
    private readonly JsonRows _json;

    internal WriteTransaction(PreparedCommands commands, DbTransaction transaction, WriteSql sql, JsonRows json)
    {
        _commands = commands;
        _transaction = transaction;
        _sql = sql;
        _json = json;
    }

    /// <summary>The SQL statements run so far, the lock included.</summary>
    public int Statements { get; private set; } = 1;

    /// <summary>The position and digest of the last operation in the log, or null when it is empty.</summary>
    public async Task<(long Position, string Digest)?> ReadHeadAsync()
    {
        (long, string)? head = null;
        await ReadEachAsync(
            _sql.ReadHead, null,
            reader => head = (reader.GetInt64(0), reader.GetString(1)));
        return head;
    }

    /// <summary>Loads every row <paramref name="rows"/> wants that exists.</summary>
    public async Task ReadRowsAsync(CommitRows rows)
    {
        if (rows.WantedKeys.Count > 0)
        {
            await ReadEachAsync(
                _sql.ReadKeys,
                _json.Strings(rows.WantedKeys),
                reader => rows.Keys.Add(reader.GetString(0), new SigningKeyRecord
                {
                    Key = reader.GetString(0),
                    Address = reader.GetString(1),
                    AuthMessage = reader.GetString(2),
                    AuthSignature = reader.GetString(3),
                    RegisteredAt = reader.GetInt64(4),
                    RevokedAt = NullableInt64(reader, 5),
                    RevokedPosition = NullableInt64(reader, 6),
                }));
        }
        if (rows.WantedHandles.Count > 0)
        {
            await ReadEachAsync(
                _sql.ReadProfiles,
                _json.Strings(rows.WantedHandles),
                reader => rows.Profiles.Add(reader.GetString(0), new ProfileRecord
                {
                    Handle = reader.GetString(0),
                    Owner = reader.GetString(1),
                    FollowerCount = reader.GetInt64(2),
                    CreatedAt = reader.GetInt64(3),
                    Position = reader.GetInt64(4),
                }));
        }
        if (rows.WantedPairs.Count > 0)
        {
            await ReadEachAsync(
                _sql.ReadPairs,
                _json.Rows(rows.WantedPairs, WriteKeyPair),
                reader => rows.Pairs.Add((reader.GetString(0), reader.GetString(1)), new FollowRecord
                {
                    Address = reader.GetString(0),
                    Handle = reader.GetString(1),
                    LastTs = reader.GetInt64(2),
                    LastPosition = reader.GetInt64(3),
                    FollowPosition = NullableInt64(reader, 4),
                    FollowedAt = NullableInt64(reader, 5),
                }));
        }
        if (rows.WantedBlocks.Count > 0)
        {
            await ReadBlocksAsync(rows);
        }
        if (rows.WantedAddresses.Count > 0)
        {
            await ReadAddressesAsync(rows);
        }
    }

    /// <summary>The signed content of each operation at <paramref name="positions"/>.</summary>
    public async Task<Dictionary<long, string>> ReadContentsAsync(IReadOnlyCollection<long> positions)
    {
        var contents = new Dictionary<long, string>(positions.Count);
        await ReadEachAsync(
            _sql.ReadContents,
            _json.Numbers(positions),
            reader => contents.Add(reader.GetInt64(0), reader.GetString(1)));
        return contents;
    }

    /// <summary>Appends the new operations and writes back every changed row, parents before the rows that refer to them.</summary>
    public async Task WriteAsync(CommitRows rows)
    {
        await InsertOperationsAsync(rows.Appended);
        await UpsertKeysAsync(rows.ChangedKeys);
        await UpsertProfilesAsync(rows.ChangedProfiles);
        await UpsertAddressesAsync(rows.ChangedAddresses);
        await UpsertPairsAsync(rows.ChangedPairs);
        await UpsertBlocksAsync(rows.ChangedBlocks);
        await UpsertRateBucketsAsync(rows.ChangedRateBuckets);
        if (rows.Appended.Count > 0 && _sql.Notify is { } notify)
        {
            await ExecuteAsync(notify, null);
        }
    }

    /// <summary>Drops the rate buckets untouched since <paramref name="cutoffMs"/>: they have refilled and hold nothing.</summary>
    public Task PruneRateBucketsAsync(long cutoffMs) =>
        ExecuteAsync(
            _sql.PruneRateBuckets,
            _json.Numbers([cutoffMs]));

    /// <summary>Makes the commit durable: it returns once the database has it on disk.</summary>
    public Task CommitAsync() => _transaction.CommitAsync();

    public async ValueTask DisposeAsync() => await _transaction.DisposeAsync();

    private Task ReadBlocksAsync(CommitRows rows) =>
        ReadEachAsync(
            _sql.ReadBlocks,
            _json.Rows(rows.WantedBlocks, WriteKeyPair),
            reader => rows.Blocks.Add((reader.GetString(0), reader.GetString(1)), new BlockRecord
            {
                Handle = reader.GetString(0),
                Address = reader.GetString(1),
                LastTs = reader.GetInt64(2),
                LastPosition = reader.GetInt64(3),
                BlockPosition = NullableInt64(reader, 4),
                BlockedAt = NullableInt64(reader, 5),
            }));

    private async Task ReadAddressesAsync(CommitRows rows)
    {
        var addresses = _json.Strings(rows.WantedAddresses);
        await ReadEachAsync(
            _sql.ReadAddresses,
            addresses,
            reader => rows.Addresses.Add(reader.GetString(0), new AddressRecord
            {
                Address = reader.GetString(0),
                FollowingCount = reader.GetInt64(1),
            }));
        if (rows.WantsRateBuckets)
        {
            await ReadEachAsync(
                _sql.ReadRateBuckets,
                addresses,
                reader => rows.RateBuckets.Add(reader.GetString(0), new RateBucketRecord
                {
                    Address = reader.GetString(0),
                    Tokens = reader.GetDouble(1),
                    UpdatedAt = reader.GetInt64(2),
                }));
        }
    }

    private Task InsertOperationsAsync(List<OperationRecord> operations) =>
        WriteRowsAsync(operations, _sql.InsertOperations, static (json, o) =>
        {
            json.WriteNumberValue(o.Position);
            json.WriteStringValue(o.Kind);
            json.WriteStringValue(o.Address);
            json.WriteStringValue(o.Handles);
            json.WriteStringValue(o.Content);
            json.WriteStringValue(o.Signature);
            json.WriteNullable(o.SigningKey);
            json.WriteNullable(o.SigningKeyAuthMessage);
            json.WriteNullable(o.SigningKeyAuthSignature);
            json.WriteNumberValue(o.Ts);
            json.WriteNumberValue(o.AcceptedAt);
            json.WriteStringValue(o.PreviousDigest);
            json.WriteStringValue(o.Digest);
        });

    private Task UpsertKeysAsync(HashSet<SigningKeyRecord> keys) =>
        WriteRowsAsync(keys, _sql.UpsertKeys, static (json, k) =>
        {
            json.WriteStringValue(k.Key);
            json.WriteStringValue(k.Address);
            json.WriteStringValue(k.AuthMessage);
            json.WriteStringValue(k.AuthSignature);
            json.WriteNumberValue(k.RegisteredAt);
            json.WriteNullable(k.RevokedAt);
            json.WriteNullable(k.RevokedPosition);
        });

    private Task UpsertProfilesAsync(HashSet<ProfileRecord> profiles) =>
        WriteRowsAsync(profiles, _sql.UpsertProfiles, static (json, p) =>
        {
            json.WriteStringValue(p.Handle);
            json.WriteStringValue(p.Owner);
            json.WriteNumberValue(p.FollowerCount);
            json.WriteNumberValue(p.CreatedAt);
            json.WriteNumberValue(p.Position);
        });

    private Task UpsertAddressesAsync(HashSet<AddressRecord> addresses) =>
        WriteRowsAsync(addresses, _sql.UpsertAddresses, static (json, a) =>
        {
            json.WriteStringValue(a.Address);
            json.WriteNumberValue(a.FollowingCount);
        });

    private Task UpsertPairsAsync(HashSet<FollowRecord> pairs) =>
        WriteRowsAsync(pairs, _sql.UpsertPairs, static (json, f) =>
        {
            json.WriteStringValue(f.Address);
            json.WriteStringValue(f.Handle);
            json.WriteNumberValue(f.LastTs);
            json.WriteNumberValue(f.LastPosition);
            json.WriteNullable(f.FollowPosition);
            json.WriteNullable(f.FollowedAt);
        });

    private Task UpsertBlocksAsync(HashSet<BlockRecord> blocks) =>
        WriteRowsAsync(blocks, _sql.UpsertBlocks, static (json, b) =>
        {
            json.WriteStringValue(b.Handle);
            json.WriteStringValue(b.Address);
            json.WriteNumberValue(b.LastTs);
            json.WriteNumberValue(b.LastPosition);
            json.WriteNullable(b.BlockPosition);
            json.WriteNullable(b.BlockedAt);
        });

    private Task UpsertRateBucketsAsync(HashSet<RateBucketRecord> buckets) =>
        WriteRowsAsync(buckets, _sql.UpsertRateBuckets, static (json, b) =>
        {
            json.WriteStringValue(b.Address);
            json.WriteNumberValue(b.Tokens);
            json.WriteNumberValue(b.UpdatedAt);
        });

    /// <summary>One statement over all of <paramref name="rows"/>, none when there are none.</summary>
    private Task WriteRowsAsync<T>(IReadOnlyCollection<T> rows, string sql, Action<Utf8JsonWriter, T> writeRow) =>
        rows.Count == 0 ? Task.CompletedTask : ExecuteAsync(sql, _json.Rows(rows, writeRow));

    private async Task ReadEachAsync(string sql, string? json, Action<DbDataReader> read)
    {
        var command = Command(sql, json);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            read(reader);
        }
    }

    private async Task ExecuteAsync(string sql, string? json) => await Command(sql, json).ExecuteNonQueryAsync();

    private DbCommand Command(string sql, string? json)
    {
        Statements++;
        return _commands.For(sql, _transaction, json);
    }

    private static long? NullableInt64(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
