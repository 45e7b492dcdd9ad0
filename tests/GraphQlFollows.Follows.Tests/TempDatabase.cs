using GraphQlFollows.Follows.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Tests;

/// <summary>A real SQLite file in its own temporary directory, migrated, removed on dispose.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private TempDatabase(string directory, IDbContextFactory<FollowsDbContext> factory, FollowsStoreOptions options)
    {
        Directory = directory;
        Factory = factory;
        Options = options;
    }

    public string Directory { get; }
    public IDbContextFactory<FollowsDbContext> Factory { get; }
    public FollowsStoreOptions Options { get; }
    public string FilePath => Path.Combine(Directory, "follows.db");

    public static async Task<TempDatabase> CreateAsync(bool migrate = true)
    {
        var directory = Path.Combine(Path.GetTempPath(), "gqlf-follows-" + Guid.NewGuid().ToString("N"));
        var options = FollowsStoreOptions.From("Sqlite", $"Data Source={Path.Combine(directory, "follows.db")}");
        var factory = FollowsStore.CreateFactory(options);
        if (migrate)
        {
            await FollowsStore.MigrateAsync(factory);
        }
        return new TempDatabase(directory, factory, options);
    }

    public FollowsDbContext Open() => Factory.CreateDbContext();

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
