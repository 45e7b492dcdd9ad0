namespace GraphQlFollows.Cli.Tests;

/// <summary>
/// The store <see cref="SignedStore.WriteEveryKindAsync"/> writes, made once and copied for each test, which then
/// changes its copy. Positions of its log: 1 to 10 the members' keys and profiles (member i: 2i+1 and 2i+2), 11 m0
/// follows member_1, 12 m2 follows member_1, 13 m1 follows member_0, 14 and 15 m3 follows member_0 and member_1,
/// 16 m1 unfollows member_0, 17 m1 follows it again, 18 m3's batch unfollow, 19 m4's revocation.
/// </summary>
public sealed class LoggedStore : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    public Member[] Members { get; private set; } = [];

    /// <summary>The derived tables as the graph left them.</summary>
    public string IntactTables { get; private set; } = "";

    private string Template => _directory.File("follows.db");

    public async Task InitializeAsync()
    {
        await using (var store = await SignedStore.CreateAsync(Template))
        {
            Members = await store.WriteEveryKindAsync();
        }
        IntactTables = StoreFile.DerivedTables(Template);
    }

    /// <summary>A copy of the store at <paramref name="path"/>.</summary>
    public string CopyTo(string path)
    {
        File.Copy(Template, path);
        // Closing the last connection checkpoints the log into the file; a leftover log is copied with it.
        if (File.Exists(Template + "-wal"))
        {
            File.Copy(Template + "-wal", path + "-wal");
        }
        return path;
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class LoggedStoreCollection : ICollectionFixture<LoggedStore>
{
    public const string Name = "logged store";
}
