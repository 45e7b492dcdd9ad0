using System.Data.Common;
using System.Text.Json;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// One commit of the writer, in three round trips to the database: it begins holding the database's write lock
/// (<see cref="SqlDialect.BeginLocked"/>), reads the head and every row the batch touches in one batch of
/// statements, one per table, and writes back the changed rows and commits in another. A commit costs the same
/// statements whether it carries one write or hundreds. There is no rollback: a commit that fails drops its
/// connection (<see cref="WriteStore.ResetAsync"/>), which ends the transaction.
/// </summary>
internal sealed class WriteTransaction
{
    // The two-column key of a follow pair (address, handle) or a block pair (handle, address), in the key's order.
    private static readonly Action<Utf8JsonWriter, (string, string)> WriteKeyPair = static (json, key) =>
    {
        json.WriteStringValue(key.Item1);
        json.WriteStringValue(key.Item2);
    };

    private readonly PreparedCommands _commands;
    private readonly WriteSql _sql;
    private readonly JsonRows _json;

    internal WriteTransaction(PreparedCommands commands, WriteSql sql, JsonRows json)
    {
        _commands = commands;
        _sql = sql;
        _json = json;
    }

    /// <summary>The SQL statements run so far.</summary>
    public int Statements { get; private set; }

    /// <summary>The commands sent so far, each one round trip to the database.</summary>
    public int RoundTrips { get; private set; }

    /// <summary>Returns once the transaction holds the write lock.</summary>
    internal Task BeginAsync(CancellationToken cancellationToken) =>
        Send(_sql.Begin, []).ExecuteNonQueryAsync(cancellationToken);

    /// <summary>
    /// Loads every row <paramref name="rows"/> wants that exists, and returns the position and digest of the last
    /// operation in the log, or null when it is empty.
    /// </summary>
    public async Task<(long Position, string Digest)?> ReadAsync(CommitRows rows)
    {
        var command = Send(_sql.Read, [
            _json.Strings(rows.WantedKeys),
            _json.Strings(rows.WantedHandles),
            _json.Rows(rows.WantedPairs, WriteKeyPair),
            _json.Rows(rows.WantedBlocks, WriteKeyPair),
            _json.Strings(rows.WantedAddresses),
            rows.WantsRateBuckets ? _json.Strings(rows.WantedAddresses) : WriteSql.NoRows,
            _json.Strings(rows.WantedKeyCounts),
        ]);
        await using var reader = await command.ExecuteReaderAsync();
        (long, string)? head = null;
        await ReadResultAsync(reader, r => head = (r.GetInt64(0), r.GetString(1)));
        await ReadResultAsync(reader, r => rows.Keys.Add(r.GetString(0), new SigningKeyRecord
        {
            Key = r.GetString(0),
            Address = r.GetString(1),
            AuthMessage = r.GetString(2),
            AuthSignature = r.GetString(3),
            RegisteredAt = r.GetInt64(4),
            RevokedAt = NullableInt64(r, 5),
            RevokedPosition = NullableInt64(r, 6),
        }));
        await ReadResultAsync(reader, r => rows.Profiles.Add(r.GetString(0), new ProfileRecord
        {
            Handle = r.GetString(0),
            Owner = r.GetString(1),
            FollowerCount = r.GetInt64(2),
            CreatedAt = r.GetInt64(3),
            Position = r.GetInt64(4),
        }));
        await ReadResultAsync(reader, r => rows.Pairs.Add((r.GetString(0), r.GetString(1)), new FollowRecord
        {
            Address = r.GetString(0),
            Handle = r.GetString(1),
            LastTs = r.GetInt64(2),
            LastPosition = r.GetInt64(3),
            FollowPosition = NullableInt64(r, 4),
            FollowedAt = NullableInt64(r, 5),
        }));
        await ReadResultAsync(reader, r => rows.Blocks.Add((r.GetString(0), r.GetString(1)), new BlockRecord
        {
            Handle = r.GetString(0),
            Address = r.GetString(1),
            LastTs = r.GetInt64(2),
            LastPosition = r.GetInt64(3),
            BlockPosition = NullableInt64(r, 4),
            BlockedAt = NullableInt64(r, 5),
        }));
        await ReadResultAsync(reader, r => rows.Addresses.Add(r.GetString(0), new AddressRecord
        {
            Address = r.GetString(0),
            FollowingCount = r.GetInt64(1),
        }));
        await ReadResultAsync(reader, r => rows.RateBuckets.Add(r.GetString(0), new RateBucketRecord
        {
            Address = r.GetString(0),
            Tokens = r.GetDouble(1),
            UpdatedAt = r.GetInt64(2),
        }));
        await ReadResultAsync(reader, r => rows.ActiveKeyCounts.Add(r.GetString(0), r.GetInt32(1)));
        return head;
    }

    /// <summary>The signed content of each operation at <paramref name="positions"/>.</summary>
    public async Task<Dictionary<long, string>> ReadContentsAsync(IReadOnlyCollection<long> positions)
    {
        var contents = new Dictionary<long, string>(positions.Count);
        await using var reader = await Send(_sql.ReadContents, [_json.Numbers(positions)]).ExecuteReaderAsync();
        await ReadResultAsync(reader, r => contents.Add(r.GetInt64(0), r.GetString(1)));
        return contents;
    }

    /// <summary>
    /// Appends the new operations, writes back every changed row and commits: it returns once the database has
    /// the commit on disk.
    /// </summary>
    public async Task WriteAndCommitAsync(CommitRows rows)
    {
        var command = Send(_sql.WriteAndCommit, [
            Operations(rows.Appended),
            Keys(rows.ChangedKeys),
            Profiles(rows.ChangedProfiles),
            Addresses(rows.ChangedAddresses),
            Pairs(rows.ChangedPairs),
            Blocks(rows.ChangedBlocks),
            RateBuckets(rows.ChangedRateBuckets),
        ]);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Ends a commit that changed nothing.</summary>
    public async Task CommitAsync() => await Send(_sql.Commit, []).ExecuteNonQueryAsync();

    /// <summary>
    /// Drops the rate buckets untouched since <paramref name="cutoffMs"/> (they have refilled and hold nothing),
    /// and commits.
    /// </summary>
    public async Task PruneRateBucketsAndCommitAsync(long cutoffMs) =>
        await Send(_sql.PruneRateBucketsAndCommit, [_json.Numbers([cutoffMs])]).ExecuteNonQueryAsync();

    private string Operations(List<OperationRecord> operations) =>
        _json.Rows(operations, static (json, o) =>
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

    private string Keys(HashSet<SigningKeyRecord> keys) =>
        _json.Rows(keys, static (json, k) =>
        {
            json.WriteStringValue(k.Key);
            json.WriteStringValue(k.Address);
            json.WriteStringValue(k.AuthMessage);
            json.WriteStringValue(k.AuthSignature);
            json.WriteNumberValue(k.RegisteredAt);
            json.WriteNullable(k.RevokedAt);
            json.WriteNullable(k.RevokedPosition);
        });

    private string Profiles(HashSet<ProfileRecord> profiles) =>
        _json.Rows(profiles, static (json, p) =>
        {
            json.WriteStringValue(p.Handle);
            json.WriteStringValue(p.Owner);
            json.WriteNumberValue(p.FollowerCount);
            json.WriteNumberValue(p.CreatedAt);
            json.WriteNumberValue(p.Position);
        });

    private string Addresses(HashSet<AddressRecord> addresses) =>
        _json.Rows(addresses, static (json, a) =>
        {
            json.WriteStringValue(a.Address);
            json.WriteNumberValue(a.FollowingCount);
        });

    private string Pairs(HashSet<FollowRecord> pairs) =>
        _json.Rows(pairs, static (json, f) =>
        {
            json.WriteStringValue(f.Address);
            json.WriteStringValue(f.Handle);
            json.WriteNumberValue(f.LastTs);
            json.WriteNumberValue(f.LastPosition);
            json.WriteNullable(f.FollowPosition);
            json.WriteNullable(f.FollowedAt);
        });

    private string Blocks(HashSet<BlockRecord> blocks) =>
        _json.Rows(blocks, static (json, b) =>
        {
            json.WriteStringValue(b.Handle);
            json.WriteStringValue(b.Address);
            json.WriteNumberValue(b.LastTs);
            json.WriteNumberValue(b.LastPosition);
            json.WriteNullable(b.BlockPosition);
            json.WriteNullable(b.BlockedAt);
        });

    private string RateBuckets(HashSet<RateBucketRecord> buckets) =>
        _json.Rows(buckets, static (json, b) =>
        {
            json.WriteStringValue(b.Address);
            json.WriteNumberValue(b.Tokens);
            json.WriteNumberValue(b.UpdatedAt);
        });

    /// <summary>Reads the reader's current result, then moves it to the next.</summary>
    private static async Task ReadResultAsync(DbDataReader reader, Action<DbDataReader> read)
    {
        while (await reader.ReadAsync())
        {
            read(reader);
        }
        await reader.NextResultAsync();
    }

    private DbCommand Send(SqlBatch batch, ReadOnlySpan<string> values)
    {
        Statements += batch.Statements;
        RoundTrips++;
        return _commands.For(batch, values);
    }

    private static long? NullableInt64(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
