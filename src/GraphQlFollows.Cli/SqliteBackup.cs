using Microsoft.Data.Sqlite;

namespace GraphQlFollows.Cli;

/// <summary>What a backup copied: the copy's size and the log it holds.</summary>
internal sealed record BackupSummary(long Bytes, long Operations, string? HeadDigest);

/// <summary>
/// A consistent copy of a live SQLite store with SQLite's online backup API: the whole database is copied in one
/// step under one read transaction, so the copy is the database as of one commit while the server goes on writing
/// (in WAL mode a reader never blocks the writer, nor the writer it).
/// </summary>
internal static class SqliteBackup
{
    /// <exception cref="IOException">The destination exists.</exception>
    /// <exception cref="SqliteException">The source cannot be opened or is not a follow store.</exception>
    public static BackupSummary Run(string source, string destination)
    {
        // Claimed before the copy starts: an existing file, or one that appears meanwhile, is never overwritten.
        new FileStream(destination, FileMode.CreateNew, FileAccess.Write).Dispose();
        try
        {
            using (var from = Open(source, SqliteOpenMode.ReadWrite))
            using (var to = Open(destination, SqliteOpenMode.ReadWrite))
            {
                from.BackupDatabase(to);
            }
            return Summarize(destination);
        }
        catch
        {
            File.Delete(destination);
            throw;
        }
    }

    private static BackupSummary Summarize(string path)
    {
        long operations;
        string? head;
        using (var copy = Open(path, SqliteOpenMode.ReadWrite))
        using (var command = copy.CreateCommand())
        {
            command.CommandText = "SELECT count(*), (SELECT digest FROM operations ORDER BY position DESC LIMIT 1) FROM operations";
            using var reader = command.ExecuteReader();
            reader.Read();
            operations = reader.GetInt64(0);
            head = reader.IsDBNull(1) ? null : reader.GetString(1);
        }
        // Measured once the connection is closed and the copy is one file again.
        return new BackupSummary(new FileInfo(path).Length, operations, head);
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }
}
