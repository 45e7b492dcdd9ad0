using System.CommandLine;
using System.Data.Common;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Store;
using Microsoft.Data.Sqlite;

namespace GraphQlFollows.Cli;

/// <summary>
/// The operator's commands on a follow store: <c>backup</c> copies a live SQLite store, <c>verify</c> checks a store
/// against its operation log, <c>rebuild</c> rewrites what is derived from the log. Exit codes: 0 done and holds,
/// 1 refused (the destination exists, the store does not verify), 2 the store cannot be opened or read.
/// </summary>
internal static class StoreCommands
{
    public const int Refused = 1;
    public const int Unreadable = 2;

    private const string DefaultDatabase = "follows.db";

    private static readonly Option<string> DatabaseOption = new("--database", "-d")
    {
        Description = "The store's SQLite file (the server's default is follows.db in its working directory).",
        DefaultValueFactory = _ => DefaultDatabase,
        HelpName = "file",
    };

    private static readonly Option<string?> PostgresOption = new("--postgres")
    {
        Description = "A PostgreSQL connection string, instead of a SQLite file, such as \"Host=db;Database=follows;Username=follows\".",
        HelpName = "connection string",
    };

    public static void AddTo(Command root)
    {
        root.Add(BackupCommand());
        root.Add(StoreCommand("verify",
            "Check a store offline: the operation log's digest chain from position 1, every signature, the replay of " +
            "every operation, and every count, edge, profile and signing key against the replay. Exit code 0 when all " +
            "holds, 1 with the first problems listed, 2 when the store cannot be read.",
            VerifyAsync));
        root.Add(StoreCommand("rebuild",
            "Rewrite the edges, counts, profiles and signing keys from the operation log, in one transaction, after " +
            "checking the log (chain, signatures, replay). Exit code 0 when rebuilt, 1 when refused because the log " +
            "does not verify (nothing is written), 2 when the store cannot be read. Stop the server first.",
            RebuildAsync));
    }

    private static Command BackupCommand()
    {
        var destinationArgument = new Argument<string>("destination") { Description = "The file to write; it must not exist." };
        var command = new Command("backup",
            "Copy a SQLite store, consistently, while the server runs (SQLite's online backup). Refuses to overwrite a " +
            "file. Exit code 0 when copied, 1 when the destination exists, 2 when the store cannot be read.")
        {
            destinationArgument,
            DatabaseOption,
        };
        command.SetAction(result => Backup(result, result.GetValue(DatabaseOption)!, result.GetValue(destinationArgument)!));
        return command;
    }

    private static int Backup(ParseResult result, string source, string destination)
    {
        var output = result.InvocationConfiguration.Output;
        var error = result.InvocationConfiguration.Error;
        if (!File.Exists(source))
        {
            error.WriteLine($"No store at '{source}'.");
            return Unreadable;
        }
        try
        {
            var copy = SqliteBackup.Run(source, destination);
            output.WriteLine($"Backed up {source} to {destination} ({copy.Bytes:N0} bytes): {copy.Operations:N0} operations, head {copy.HeadDigest ?? "(empty log)"}.");
            return 0;
        }
        catch (IOException) when (File.Exists(destination))
        {
            error.WriteLine($"'{destination}' exists already; a backup never overwrites a file.");
            return Refused;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or SqliteException)
        {
            error.WriteLine($"Cannot back up '{source}' to '{destination}': {exception.Message}");
            return Unreadable;
        }
    }

    private static Command StoreCommand(
        string name, string description, Func<Store, TextWriter, CancellationToken, Task<int>> run)
    {
        var command = new Command(name, description) { DatabaseOption, PostgresOption };
        command.Validators.Add(result =>
        {
            if (result.GetResult(DatabaseOption) is { Implicit: false } && result.GetResult(PostgresOption) is not null)
            {
                result.AddError("Give --database or --postgres, not both.");
            }
        });
        command.SetAction((result, cancellation) => RunOnStoreAsync(result, run, cancellation));
        return command;
    }

    private static async Task<int> RunOnStoreAsync(
        ParseResult result, Func<Store, TextWriter, CancellationToken, Task<int>> run, CancellationToken cancellation)
    {
        var error = result.InvocationConfiguration.Error;
        var store = Store.From(result.GetValue(DatabaseOption)!, result.GetValue(PostgresOption));
        if (store.MissingFile is { } missing)
        {
            await error.WriteLineAsync($"No store at '{missing}'.");
            return Unreadable;
        }
        try
        {
            return await run(store, result.InvocationConfiguration.Output, cancellation);
        }
        catch (DbException exception)
        {
            await error.WriteLineAsync($"Cannot read {store.Name}: {exception.Message}");
            return Unreadable;
        }
        finally
        {
            // The pooled connections hold the file open; the command is done with it.
            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<int> VerifyAsync(Store store, TextWriter output, CancellationToken cancellation)
    {
        var report = await LogVerifier.VerifyAsync(store.Factory, cancellation);
        if (!report.Holds)
        {
            await output.WriteLineAsync($"{store.Name} does not verify: {StoreReports.Problems(report.FindingCount)}.");
            await StoreReports.WriteFindingsAsync(output, report.Findings, report.FindingCount);
            return Refused;
        }
        await output.WriteLineAsync($"{store.Name} verifies: {StoreReports.Contents(report)}.");
        await output.WriteLineAsync("Digest chain, signatures, replay, counts and edges all hold.");
        return 0;
    }

    private static async Task<int> RebuildAsync(Store store, TextWriter output, CancellationToken cancellation)
    {
        var rebuild = await LogRebuilder.RebuildAsync(store.Factory, cancellation);
        if (!rebuild.Rebuilt)
        {
            await output.WriteLineAsync(
                $"Refused: the log of {store.Name} does not verify ({StoreReports.Problems(rebuild.Log.FindingCount)}); nothing was written.");
            await StoreReports.WriteFindingsAsync(output, rebuild.Log.Findings, rebuild.Log.FindingCount);
            return Refused;
        }
        await output.WriteLineAsync($"Rebuilt {store.Name} from its log: {StoreReports.Contents(rebuild.Log)}.");
        if (rebuild.RepairedCount == 0)
        {
            await output.WriteLineAsync("Every stored row already matched the log.");
            return 0;
        }
        await output.WriteLineAsync($"Repaired {StoreReports.Rows(rebuild.RepairedCount)} that differed from the log:");
        await StoreReports.WriteFindingsAsync(output, rebuild.Repaired, rebuild.RepairedCount);
        return 0;
    }
}
