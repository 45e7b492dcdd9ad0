using System.Text.RegularExpressions;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Tests.Store;

/// <summary>
/// The key, foreign-key and index names of a migrated database, read back from its catalogue, so that a migration
/// generated anew is seen to keep the names the schema has always had (the writer's <c>ON CONFLICT</c> clauses rely
/// on these keys, the reads on these indexes).
/// </summary>
internal static partial class SchemaNames
{
    public static readonly string[] Expected =
    [
        "fk_blocks_profiles_handle", "fk_follows_addresses_address", "fk_follows_profiles_handle", "ix_blocks_blocked",
        "ix_follows_followers", "ix_follows_followings", "ix_profiles_follower_count", "ix_profiles_owner", "ix_rate_buckets_updated_at",
        "ix_signing_keys_address", "pk_addresses", "pk_api_keys", "pk_blocks", "pk_follows", "pk_operations",
        "pk_profiles", "pk_rate_buckets", "pk_signing_keys", "pk_webhooks", "ux_api_keys_key_hash", "ux_api_keys_name", "ux_operations_id",
        "ux_webhooks_name",
    ];

    public static async Task<string[]> ReadAsync(FollowsDbContext context) =>
        context.Database.IsSqlite() ? await ReadSqliteAsync(context) : await ReadPostgresAsync(context);

    // SQLite keeps constraint names only in each table's CREATE statement.
    private static async Task<string[]> ReadSqliteAsync(FollowsDbContext context)
    {
        var tables = await context.Database
            .SqlQueryRaw<string>("SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'")
            .ToListAsync();
        var indexes = await context.Database
            .SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name NOT LIKE '\\_%' ESCAPE '\\'")
            .ToListAsync();
        var constraints = tables.SelectMany(sql => ConstraintName().Matches(sql).Select(match => match.Groups[1].Value));
        return [.. constraints.Concat(indexes).Order(StringComparer.Ordinal)];
    }

    private static async Task<string[]> ReadPostgresAsync(FollowsDbContext context)
    {
        var names = await context.Database.SqlQueryRaw<string>("""
            SELECT c.conname AS "Value" FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
            WHERE t.relnamespace = 'public'::regnamespace AND t.relname NOT LIKE '\_%' AND c.contype IN ('p', 'f', 'u')
            UNION
            SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_%'
            """).ToListAsync();
        return [.. names.Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex("CONSTRAINT \"([^\"]+)\"")]
    private static partial Regex ConstraintName();
}
