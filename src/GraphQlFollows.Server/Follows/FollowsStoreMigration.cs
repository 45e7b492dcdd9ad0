using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Server.Follows;

/// <summary>
/// Creates or upgrades the follow store once the application is built, before anything reads it: mapping the
/// endpoint builds the schema and with it the follow graph, whose writer starts by reading the log. When the store
/// is unavailable or full then, the server exits with <see cref="StoreUnavailableExitCode"/>.
/// </summary>
internal static class FollowsStoreMigration
{
    /// <summary>EX_TEMPFAIL of sysexits.h: a temporary failure, which a supervisor may retry.</summary>
    public const int StoreUnavailableExitCode = 75;

    public static void MigrateFollowsStore(this WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<FollowsDbContext>>();
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        // Start-up has nothing else to do meanwhile: the host is not running yet.
        FollowsStore.MigrateAsync(factory, stopping).GetAwaiter().GetResult();
    }
}
