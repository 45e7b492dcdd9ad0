using GraphQlFollows.Follows.Store.Faults;

namespace GraphQlFollows.Follows.Store;

/// <summary>
/// Where the follow graph is stored. Hosts usually fill it from configuration:
/// <c>Storage:Provider</c> (<c>Sqlite</c> or <c>PostgreSql</c>) and <c>ConnectionStrings:Follows</c>.
/// </summary>
public sealed class FollowsStoreOptions
{
    /// <summary>The SQLite file used when no connection string is given, relative to the working directory.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=follows.db";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The provider's connection string; for SQLite it defaults to <see cref="DefaultSqliteConnectionString"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Shared by every context of this store, so that one failed read spares the others the wait.</summary>
    internal StoreCircuit Circuit { get; } = new();

    /// <summary>
    /// Builds options from the two configuration values as text; a null or empty provider means SQLite.
    /// </summary>
    /// <exception cref="ArgumentException">The provider is not one of the known names, or PostgreSQL has no connection string.</exception>
    public static FollowsStoreOptions From(string? provider, string? connectionString)
    {
        var options = new FollowsStoreOptions { ConnectionString = string.IsNullOrWhiteSpace(connectionString) ? null : connectionString };
        if (!string.IsNullOrWhiteSpace(provider))
        {
            if (!Enum.TryParse<StorageProvider>(provider.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                throw new ArgumentException(
                    $"Storage:Provider '{provider}' is not supported; use 'Sqlite' or 'PostgreSql'.", nameof(provider));
            }
            options.Provider = parsed;
        }
        options.EffectiveConnectionString();
        return options;
    }

    /// <summary>
    /// The connection string to open, with the SQLite default filled in, and the <see cref="StoreTimeouts"/> it
    /// does not set itself.
    /// </summary>
    public string EffectiveConnectionString() => Provider switch
    {
        StorageProvider.Sqlite => StoreTimeouts.ForSqlite(ConnectionString ?? DefaultSqliteConnectionString),
        StorageProvider.PostgreSql => StoreTimeouts.ForPostgres(ConnectionString
            ?? throw new ArgumentException("ConnectionStrings:Follows is required when Storage:Provider is PostgreSql.")),
        _ => throw new ArgumentException($"Unknown storage provider {Provider}."),
    };
}
