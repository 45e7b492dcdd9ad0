using System.CommandLine;
using GraphQlFollows.Follows.Store;
using GraphQlFollows.Server.Follows;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Server.Commands;

/// <summary>
/// What the commands that work on the server's database share (<c>api-key</c>, <c>webhook</c>): it is configured as
/// the server's is (the same appsettings.json, environment variables and <c>--Key=value</c> arguments, such as
/// <c>--ConnectionStrings:Follows=...</c>), and migrated first.
/// </summary>
internal static class ApplicationCommands
{
    /// <summary>A command whose unmatched <c>--Key=value</c> arguments configure the server's database.</summary>
    internal static Command Configurable(Command command)
    {
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    /// <summary>
    /// The server's database, configured as the server is (its appsettings.json, the environment and the command's
    /// <c>--Key=value</c> arguments), and migrated.
    /// </summary>
    internal static Task<IDbContextFactory<FollowsDbContext>> OpenAsync(ParseResult result, CancellationToken cancellationToken) =>
        OpenAsync(ConfigurationOf(result), cancellationToken);

    /// <inheritdoc cref="OpenAsync(ParseResult, CancellationToken)"/>
    internal static async Task<IDbContextFactory<FollowsDbContext>> OpenAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var factory = FollowsStore.CreateFactory(FollowsHosting.StoreOptions(configuration));
        await FollowsStore.MigrateAsync(factory, cancellationToken);
        return factory;
    }

    /// <summary>The server's configuration: its appsettings.json, the environment and the command's <c>--Key=value</c> arguments.</summary>
    internal static IConfiguration ConfigurationOf(ParseResult result) =>
        WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. result.UnmatchedTokens],
            ContentRootPath = AppContext.BaseDirectory,
        }).Configuration;

    /// <summary>Runs an action that fails with a message (a name taken, a bad argument) as exit code 1.</summary>
    internal static async Task<int> ReportingAsync(ParseResult result, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            await result.InvocationConfiguration.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    internal static string Time(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).ToString("u");
}
