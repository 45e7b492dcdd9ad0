namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// The writer's statements, written once per provider. Each takes its whole batch as one JSON parameter
/// (<see cref="Parameter"/>): a row source turns it into a table whose <c>r.value</c> is one element, and
/// <c>r.value -&gt;&gt; n</c> reads the n-th value of an inner array, the same way on SQLite and PostgreSQL.
/// Inserts read their rows through <c>SELECT ... WHERE true</c>, which SQLite needs before <c>ON CONFLICT</c>.
/// </summary>
internal sealed class WriteSql
{
    public const string Parameter = "@p";

    public WriteSql(SqlDialect dialect)
    {
        var values = dialect.Values(Parameter);
        var rows = dialect.Rows(Parameter);
        ReadHead = "SELECT position, digest FROM operations ORDER BY position DESC LIMIT 1";
        ReadKeys =
            "SELECT key, address, auth_message, auth_signature, registered_at, revoked_at, revoked_position FROM signing_keys " +
            $"WHERE key IN (SELECT r.value FROM {values})";
        ReadProfiles =
            "SELECT handle, owner, follower_count, created_at, position FROM profiles " +
            $"WHERE handle IN (SELECT r.value FROM {values})";
        ReadPairs =
            "SELECT f.address, f.handle, f.last_ts, f.last_position, f.follow_position, f.followed_at " +
            $"FROM {rows} JOIN follows f ON f.address = r.value ->> 0 AND f.handle = r.value ->> 1";
        ReadBlocks =
            "SELECT b.handle, b.address, b.last_ts, b.last_position, b.block_position, b.blocked_at " +
            $"FROM {rows} JOIN blocks b ON b.handle = r.value ->> 0 AND b.address = r.value ->> 1";
        ReadContents =
            $"SELECT position, content FROM operations WHERE position IN (SELECT CAST(r.value AS bigint) FROM {values})";
        PruneRateBuckets =
            $"DELETE FROM rate_buckets WHERE updated_at < (SELECT CAST(r.value AS bigint) FROM {values})";
        ReadAddresses =
            $"SELECT address, following_count FROM addresses WHERE address IN (SELECT r.value FROM {values})";
        ReadRateBuckets =
            $"SELECT address, tokens, updated_at FROM rate_buckets WHERE address IN (SELECT r.value FROM {values})";
        InsertOperations =
            "INSERT INTO operations (position, kind, address, handles, content, signature, signing_key, " +
            "signing_key_auth_message, signing_key_auth_signature, ts, accepted_at, previous_digest, digest) " +
            "SELECT CAST(r.value ->> 0 AS bigint), r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4, " +
            "r.value ->> 5, r.value ->> 6, r.value ->> 7, r.value ->> 8, CAST(r.value ->> 9 AS bigint), " +
            $"CAST(r.value ->> 10 AS bigint), r.value ->> 11, r.value ->> 12 FROM {rows} WHERE true";
        UpsertKeys =
            "INSERT INTO signing_keys (key, address, auth_message, auth_signature, registered_at, revoked_at, revoked_position) " +
            "SELECT r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, CAST(r.value ->> 4 AS bigint), " +
            $"CAST(r.value ->> 5 AS bigint), CAST(r.value ->> 6 AS bigint) FROM {rows} WHERE true " +
            "ON CONFLICT (key) DO UPDATE SET revoked_at = excluded.revoked_at, revoked_position = excluded.revoked_position";
        UpsertProfiles =
            "INSERT INTO profiles (handle, owner, follower_count, created_at, position) " +
            "SELECT r.value ->> 0, r.value ->> 1, CAST(r.value ->> 2 AS bigint), CAST(r.value ->> 3 AS bigint), " +
            $"CAST(r.value ->> 4 AS bigint) FROM {rows} WHERE true " +
            "ON CONFLICT (handle) DO UPDATE SET follower_count = excluded.follower_count";
        UpsertAddresses =
            "INSERT INTO addresses (address, following_count) " +
            $"SELECT r.value ->> 0, CAST(r.value ->> 1 AS bigint) FROM {rows} WHERE true " +
            "ON CONFLICT (address) DO UPDATE SET following_count = excluded.following_count";
        UpsertPairs =
            "INSERT INTO follows (address, handle, last_ts, last_position, follow_position, followed_at) " +
            "SELECT r.value ->> 0, r.value ->> 1, CAST(r.value ->> 2 AS bigint), CAST(r.value ->> 3 AS bigint), " +
            $"CAST(r.value ->> 4 AS bigint), CAST(r.value ->> 5 AS bigint) FROM {rows} WHERE true " +
            "ON CONFLICT (address, handle) DO UPDATE SET last_ts = excluded.last_ts, last_position = excluded.last_position, " +
            "follow_position = excluded.follow_position, followed_at = excluded.followed_at";
        UpsertBlocks =
            "INSERT INTO blocks (handle, address, last_ts, last_position, block_position, blocked_at) " +
            "SELECT r.value ->> 0, r.value ->> 1, CAST(r.value ->> 2 AS bigint), CAST(r.value ->> 3 AS bigint), " +
            $"CAST(r.value ->> 4 AS bigint), CAST(r.value ->> 5 AS bigint) FROM {rows} WHERE true " +
            "ON CONFLICT (handle, address) DO UPDATE SET last_ts = excluded.last_ts, last_position = excluded.last_position, " +
            "block_position = excluded.block_position, blocked_at = excluded.blocked_at";
        UpsertRateBuckets =
            "INSERT INTO rate_buckets (address, tokens, updated_at) " +
            "SELECT r.value ->> 0, CAST(r.value ->> 1 AS double precision), CAST(r.value ->> 2 AS bigint) " +
            $"FROM {rows} WHERE true " +
            "ON CONFLICT (address) DO UPDATE SET tokens = excluded.tokens, updated_at = excluded.updated_at";
        Notify = dialect.NotifySql;
    }

    public string ReadHead { get; }

    public string ReadKeys { get; }

    public string ReadProfiles { get; }

    public string ReadPairs { get; }

    public string ReadBlocks { get; }

    public string ReadContents { get; }

    public string PruneRateBuckets { get; }

    public string ReadAddresses { get; }

    public string ReadRateBuckets { get; }

    public string InsertOperations { get; }

    public string UpsertKeys { get; }

    public string UpsertProfiles { get; }

    public string UpsertAddresses { get; }

    public string UpsertPairs { get; }

    public string UpsertBlocks { get; }

    public string UpsertRateBuckets { get; }

    /// <summary>Run in a commit that changed the log, to wake other instances; null where none can listen.</summary>
    public string? Notify { get; }
}
