using System.Data.Common;
using System.Text.RegularExpressions;

namespace GraphQlFollows.Follows.Store;

/// <summary>
/// The SQL of every migration of one provider as EF Core writes it (<c>dotnet ef migrations script
/// --no-transactions</c>), kept beside the migrations as <c>Migrations.sql</c> and embedded. On an empty database
/// it is applied in one transaction: what EF Core's migrator would run there, history rows included, without the
/// models EF Core builds first for the history table and for every migration, which were most of the server's
/// start-up. A database already at the last migration is left as it is; any other (some migrations applied, not
/// all) goes to EF Core's migrator. <c>MigrationScriptTests</c> fails when a script is not EF Core's script of the
/// current migrations.
/// </summary>
internal sealed partial class MigrationScript
{
    private const string History = "\"__EFMigrationsHistory\"";

    private readonly StorageProvider _provider;
    private readonly string _sql;

    private MigrationScript(StorageProvider provider, string sql)
    {
        _provider = provider;
        _sql = sql;
        MigrationIds = [.. HistoryRow().Matches(sql).Select(m => m.Groups[1].Value)];
    }

    /// <summary>The ids of the migrations the script applies, in order.</summary>
    public IReadOnlyList<string> MigrationIds { get; }

    public string Sql => _sql;

    /// <summary>The name of the embedded script of a provider.</summary>
    public static string ResourceName(StorageProvider provider) => $"GraphQlFollows.Follows.Migrations.{provider}.sql";

    public static MigrationScript For(StorageProvider provider)
    {
        using var stream = typeof(MigrationScript).Assembly.GetManifestResourceStream(ResourceName(provider))
            ?? throw new InvalidOperationException($"The migration script {ResourceName(provider)} is not embedded.");
        using var reader = new StreamReader(stream);
        return new MigrationScript(provider, reader.ReadToEnd());
    }

    /// <summary>
    /// Brings the database to the last migration when it has none yet, or finds it there already, holding the
    /// database's lock meanwhile (so that servers starting together apply it once); answers false when it has some
    /// migrations but not all, which EF Core's migrator must then apply.
    /// </summary>
    public async Task<bool> TryApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.OpenAsync(cancellationToken);
        try
        {
            if (_provider == StorageProvider.Sqlite)
            {
                // Write-ahead logging is kept in the file, and set outside a transaction: readers never wait for the writer.
                await ExecuteAsync(connection, SqlitePragmas.Connection + " PRAGMA journal_mode=WAL;", cancellationToken);
            }
            await ExecuteAsync(connection, _provider == StorageProvider.Sqlite
                ? "BEGIN IMMEDIATE"
                : $"BEGIN; SELECT pg_advisory_xact_lock({MigrationLock})", cancellationToken);
            var applied = await AppliedAsync(connection, cancellationToken);
            var fresh = applied.Count == 0;
            if (fresh)
            {
                await ExecuteAsync(connection, _sql, cancellationToken);
            }
            await ExecuteAsync(connection, fresh ? "COMMIT" : "ROLLBACK", cancellationToken);
            return fresh || MigrationIds.All(applied.Contains);
        }
        finally
        {
            // An open transaction ends with the connection.
            await connection.CloseAsync();
        }
    }

    /// <summary>On PostgreSQL, the key of the transaction-scoped advisory lock held while the script is applied (any fixed number).</summary>
    internal const long MigrationLock = 0x6771_6c66_6d69_67;

    private async Task<HashSet<string>> AppliedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var exists = connection.CreateCommand();
        exists.CommandText = _provider == StorageProvider.Sqlite
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'"
            : "SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = '__EFMigrationsHistory'";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return [];
        }
        await using var read = connection.CreateCommand();
        read.CommandText = $"SELECT \"MigrationId\" FROM {History}";
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var rows = await read.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            applied.Add(rows.GetString(0));
        }
        return applied;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex("""INSERT INTO "__EFMigrationsHistory" \("MigrationId", "ProductVersion"\)\s+VALUES \('([^']+)'""")]
    private static partial Regex HistoryRow();
}
