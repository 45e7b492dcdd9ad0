namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// The writer's statements, written once for both providers and grouped into the few batches a commit sends:
/// <see cref="Begin"/> (the write lock), <see cref="Read"/> (every row the batch touches), and
/// <see cref="WriteAndCommit"/> (every changed row, then <c>COMMIT</c>). Each parameter is a whole table's rows
/// as one JSON array: a row source turns it into a table whose <c>r.value</c> is one element, and
/// <c>r.value -&gt;&gt; n</c> reads the n-th value of an inner array, the same way on SQLite and PostgreSQL. So a
/// commit sends the same statements whatever its size, and costs three round trips to the database.
/// Inserts read their rows through <c>SELECT ... WHERE true</c>, which SQLite needs before <c>ON CONFLICT</c>.
/// </summary>
internal sealed class WriteSql
{
    /// <summary>The value of a parameter with no rows.</summary>
    public const string NoRows = "[]";

    public WriteSql(SqlDialect dialect)
    {
        Begin = new SqlBatch([], dialect.BeginLocked);
        Read = new SqlBatch(
            ["@keys", "@handles", "@pairs", "@blocks", "@addresses", "@buckets", "@key_counts"],
            "SELECT position, digest FROM operations ORDER BY position DESC LIMIT 1",
            "SELECT key, address, auth_message, auth_signature, registered_at, revoked_at, revoked_position FROM signing_keys " +
            $"WHERE key IN (SELECT r.value FROM {dialect.Values("@keys")})",
            "SELECT handle, owner, follower_count, created_at, position FROM profiles " +
            $"WHERE handle IN (SELECT r.value FROM {dialect.Values("@handles")})",
            "SELECT f.address, f.handle, f.last_ts, f.last_position, f.follow_position, f.followed_at " +
            $"FROM {dialect.Rows("@pairs")} JOIN follows f ON f.address = r.value ->> 0 AND f.handle = r.value ->> 1",
            "SELECT b.handle, b.address, b.last_ts, b.last_position, b.block_position, b.blocked_at " +
            $"FROM {dialect.Rows("@blocks")} JOIN blocks b ON b.handle = r.value ->> 0 AND b.address = r.value ->> 1",
            $"SELECT address, following_count FROM addresses WHERE address IN (SELECT r.value FROM {dialect.Values("@addresses")})",
            $"SELECT address, tokens, updated_at FROM rate_buckets WHERE address IN (SELECT r.value FROM {dialect.Values("@buckets")})",
            "SELECT address, COUNT(*) FROM signing_keys " +
            $"WHERE revoked_at IS NULL AND address IN (SELECT r.value FROM {dialect.Values("@key_counts")}) GROUP BY address");
        ReadContents = new SqlBatch(
            ["@positions"],
            "SELECT position, content FROM operations " +
            $"WHERE position IN (SELECT CAST(r.value AS bigint) FROM {dialect.Values("@positions")})");
        WriteAndCommit = new SqlBatch(
            ["@operations", "@key_rows", "@profile_rows", "@address_rows", "@pair_rows", "@block_rows", "@bucket_rows"],
            [
                "INSERT INTO operations (position, kind, address, handles, content, signature, signing_key, " +
                "signing_key_auth_message, signing_key_auth_signature, ts, accepted_at, previous_digest, digest) " +
                "SELECT CAST(r.value ->> 0 AS bigint), r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4, " +
                "r.value ->> 5, r.value ->> 6, r.value ->> 7, r.value ->> 8, CAST(r.value ->> 9 AS bigint), " +
                $"CAST(r.value ->> 10 AS bigint), r.value ->> 11, r.value ->> 12 FROM {dialect.Rows("@operations")} WHERE true",
                "INSERT INTO signing_keys (key, address, auth_message, auth_signature, registered_at, revoked_at, revoked_position) " +
                "SELECT r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, CAST(r.value ->> 4 AS bigint), " +
                $"CAST(r.value ->> 5 AS bigint), CAST(r.value ->> 6 AS bigint) FROM {dialect.Rows("@key_rows")} WHERE true " +
                "ON CONFLICT (key) DO UPDATE SET revoked_at = excluded.revoked_at, revoked_position = excluded.revoked_position",
                "INSERT INTO profiles (handle, owner, follower_count, created_at, position) " +
                "SELECT r.value ->> 0, r.value ->> 1, CAST(r.value ->> 2 AS bigint), CAST(r.value ->> 3 AS bigint), " +
                $"CAST(r.value ->> 4 AS bigint) FROM {dialect.Rows("@profile_rows")} WHERE true " +
                "ON CONFLICT (handle) DO UPDATE SET follower_count = excluded.follower_count",
                "INSERT INTO addresses (address, following_count) " +
                $"SELECT r.value ->> 0, CAST(r.value ->> 1 AS bigint) FROM {dialect.Rows("@address_rows")} WHERE true " +
                "ON CONFLICT (address) DO UPDATE SET following_count = excluded.following_count",
                "INSERT INTO follows (address, handle, last_ts, last_position, follow_position, followed_at) " +
                "SELECT r.value ->> 0, r.value ->> 1, CAST(r.value ->> 2 AS bigint), CAST(r.value ->> 3 AS bigint), " +
                $"CAST(r.value ->> 4 AS bigint), CAST(r.value ->> 5 AS bigint) FROM {dialect.Rows("@pair_rows")} WHERE true " +
                "ON CONFLICT (address, handle) DO UPDATE SET last_ts = excluded.last_ts, last_position = excluded.last_position, " +
                "follow_position = excluded.follow_position, followed_at = excluded.followed_at",
                "INSERT INTO blocks (handle, address, last_ts, last_position, block_position, blocked_at) " +
                "SELECT r.value ->> 0, r.value ->> 1, CAST(r.value ->> 2 AS bigint), CAST(r.value ->> 3 AS bigint), " +
                $"CAST(r.value ->> 4 AS bigint), CAST(r.value ->> 5 AS bigint) FROM {dialect.Rows("@block_rows")} WHERE true " +
                "ON CONFLICT (handle, address) DO UPDATE SET last_ts = excluded.last_ts, last_position = excluded.last_position, " +
                "block_position = excluded.block_position, blocked_at = excluded.blocked_at",
                "INSERT INTO rate_buckets (address, tokens, updated_at) " +
                "SELECT r.value ->> 0, CAST(r.value ->> 1 AS double precision), CAST(r.value ->> 2 AS bigint) " +
                $"FROM {dialect.Rows("@bucket_rows")} WHERE true " +
                "ON CONFLICT (address) DO UPDATE SET tokens = excluded.tokens, updated_at = excluded.updated_at",
                .. dialect.NotifyIfAppended("@operations"),
                "COMMIT",
            ]);
        Commit = new SqlBatch([], "COMMIT");
        PruneRateBucketsAndCommit = new SqlBatch(
            ["@cutoff"],
            $"DELETE FROM rate_buckets WHERE updated_at < (SELECT CAST(r.value AS bigint) FROM {dialect.Values("@cutoff")})",
            "COMMIT");
    }

    /// <summary>Begins a transaction holding the database's write lock (<see cref="SqlDialect.BeginLocked"/>).</summary>
    public SqlBatch Begin { get; }

    /// <summary>
    /// The log's head, then the keys, profiles, pairs, blocks, addresses and rate buckets asked for, and the counts of
    /// active keys, in that order.
    /// </summary>
    public SqlBatch Read { get; }

    /// <summary>The signed content of each operation asked for: what an identical retry is compared with.</summary>
    public SqlBatch ReadContents { get; }

    /// <summary>Appends the new operations and upserts every changed row (parents before the rows that refer to them), then commits.</summary>
    public SqlBatch WriteAndCommit { get; }

    /// <summary>Ends a commit that changed nothing.</summary>
    public SqlBatch Commit { get; }

    public SqlBatch PruneRateBucketsAndCommit { get; }
}
