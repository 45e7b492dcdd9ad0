namespace GraphQlFollows.Follows.Store;

/// <summary>The database engines the follow store runs on.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file (the default): WAL journal, synchronous=FULL.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server reached through Npgsql.</summary>
    PostgreSql,
}
