namespace GraphQlFollows.Follows.Store;

/// <summary>
/// The SQLite settings that live on a connection, not in the file: synchronous=FULL syncs the WAL at each commit,
/// so a commit is durable before it is acknowledged; the busy timeout makes a connection that meets the write lock
/// or a checkpoint wait instead of failing; foreign keys are enforced as the model declares them.
/// </summary>
internal static class SqlitePragmas
{
    public const string Connection = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
}
