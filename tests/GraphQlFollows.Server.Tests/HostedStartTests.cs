using GraphQlFollows.Api.Subscriptions;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.GraphQL.Execution;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphQlFollows.Server.Tests;

/// <summary>
/// The host starts the store's migration before anything that reads the store, and nothing the application builds
/// (the schema, the graph with its writer and feed, the event pump) touches the store before that.
/// </summary>
public sealed class HostedStartTests
{
    [Fact]
    public async Task The_migration_starts_first_then_the_feed_the_writer_the_events_and_the_webhooks()
    {
        var started = new List<string>();
        await using (await RunningServer.StartAsync(configure: builder => RecordStarts(builder.Services, started)))
        {
        }

        Assert.Equal("FollowsStoreMigration", started[0]);
        string[] ordered = ["FollowsStoreMigration", "OperationFeedService", "GraphWriterService", "FollowEventsService", "WebhookDispatcher"];
        Assert.Equal(ordered, started.Where(ordered.Contains));
    }

    [Fact]
    public async Task Building_the_application_and_resolving_the_schema_and_the_graph_creates_no_database()
    {
        var directory = Directory.CreateTempSubdirectory("gqlf-start-").FullName;
        var database = Path.Combine(directory, "follows.db");
        try
        {
            await using (var app = GraphQLServerApp.Build(
                ["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", $"--ConnectionStrings:Follows=Data Source={database}"]))
            {
                app.Services.GetRequiredService<IRequestExecutor>();
                app.Services.GetRequiredService<FollowGraph>();
                app.Services.GetRequiredService<FollowEvents>();
                // A loop started by a constructor reads the log at once; opening SQLite creates its file.
                await Task.Delay(TimeSpan.FromMilliseconds(500));
                Assert.False(File.Exists(database), "the store was touched before the host started");

                await app.StartAsync();
                Assert.True(File.Exists(database));
                await app.StopAsync();
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Wraps every hosted service registered so far, to record the order the host starts them in.</summary>
    private static void RecordStarts(IServiceCollection services, List<string> started)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType == typeof(IHostedService))
            {
                services[i] = ServiceDescriptor.Singleton<IHostedService>(provider => new Recorded(Create(provider, descriptor), started));
            }
        }
    }

    private static IHostedService Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        (IHostedService)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));

    private sealed class Recorded(IHostedService inner, List<string> started) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lock (started)
            {
                started.Add(inner.GetType().Name);
            }
            return inner.StartAsync(cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => inner.StopAsync(cancellationToken);
    }
}
