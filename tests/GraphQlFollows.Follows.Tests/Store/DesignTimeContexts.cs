using GraphQlFollows.Follows.Store;

namespace GraphQlFollows.Follows.Tests.Store;

/// <summary>A provider's context as <c>dotnet ef</c> builds it: its model and migrations, without a database.</summary>
internal static class DesignTimeContexts
{
    public static FollowsDbContext For(StorageProvider provider) => provider == StorageProvider.Sqlite
        ? new SqliteFollowsDesignTimeFactory().CreateDbContext([])
        : new PostgresFollowsDesignTimeFactory().CreateDbContext([]);
}
