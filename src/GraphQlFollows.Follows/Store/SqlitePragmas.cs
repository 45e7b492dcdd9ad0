using GraphQlFollows.Follows.Store.Faults;

namespace GraphQlFollows.Follows.Store;

/// <summary>
/// The SQLite settings that live on a connection, not in the file: synchronous=FULL syncs the WAL at each commit,
/// so a commit is durable before it is acknowledged; the busy timeout makes a connection that meets the write lock
/// or a checkpoint wait instead of failing, as long as <see cref="StoreTimeouts.SqliteBusySeconds"/>, well within a
/// request's budget; foreign keys are enforced as the model declares them.
/// </summary>
internal static class SqlitePragmas
{
    public static readonly string Connection =
        $"PRAGMA synchronous=FULL; PRAGMA busy_timeout={StoreTimeouts.SqliteBusySeconds * 1000}; PRAGMA foreign_keys=ON;";
}
