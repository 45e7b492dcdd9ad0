using System.Data.Common;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>What the graph recovers from by itself is logged, not swallowed.</summary>
public sealed class GraphLoggingTests
{
    [Fact]
    public async Task A_failing_subscriber_is_logged_and_the_subscribers_after_it_still_hear()
    {
        await using var database = await TempDatabase.CreateAsync();
        var logger = new RecordingLogger();
        await using var graph = new FollowGraph(database.Factory, new FollowGraphOptions(), TimeProvider.System, logger);
        await graph.StartAsync();
        graph.OperationsCommitted += _ => throw new InvalidOperationException("a subscriber's bug");
        var heard = new TaskCompletionSource<IReadOnlyList<OperationProof>>(TaskCreationOptions.RunContinuationsAsynchronously);
        graph.OperationsCommitted += operations => heard.TrySetResult(operations);

        var wallet = new TestWallet();
        using var key = new TestSigningKey();
        var message = GraphHarness.AuthorizationMessage(key.Spki);
        var registered = await graph.RegisterSigningKeyAsync(new(wallet.Text, message, wallet.Sign(message)));

        Assert.Equal(RegisterSigningKeyStatus.Success, registered.Status);
        Assert.Equal(1, Assert.Single(await heard.Task.WaitAsync(TimeSpan.FromSeconds(10))).Position);
        lock (logger.Entries)
        {
            Assert.Contains(logger.Entries, entry => entry.Level == LogLevel.Error && entry.Exception?.Message == "a subscriber's bug");
        }
    }

    [Fact]
    public async Task A_failed_commit_is_logged_once_and_its_writes_are_answered_with_the_failure()
    {
        await using var database = await TempDatabase.CreateAsync();
        var logger = new RecordingLogger();
        await using var graph = new FollowGraph(database.Factory, new FollowGraphOptions(), TimeProvider.System, logger);
        await graph.StartAsync();
        Assert.Equal(RegisterSigningKeyStatus.Success, (await RegisterAsync(graph)).Status);

        // The log's table is gone: the next commit cannot read the chain's head.
        await using (var context = database.Open())
        {
            await context.Database.ExecuteSqlRawAsync("DROP TABLE operations");
        }
        await Assert.ThrowsAnyAsync<DbException>(() => RegisterAsync(graph));

        lock (logger.Entries)
        {
            var failure = Assert.Single(logger.Entries, entry => entry.EventId.Name == "CommitFailed");
            Assert.Equal(LogLevel.Error, failure.Level);
            Assert.IsAssignableFrom<DbException>(failure.Exception);
        }
    }

    private static Task<RegisterSigningKeyResult> RegisterAsync(FollowGraph graph)
    {
        var wallet = new TestWallet();
        using var key = new TestSigningKey();
        var message = GraphHarness.AuthorizationMessage(key.Spki);
        return graph.RegisterSigningKeyAsync(new(wallet.Text, message, wallet.Sign(message)));
    }

    private sealed class RecordingLogger : ILogger<FollowGraph>
    {
        public List<(LogLevel Level, EventId EventId, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((logLevel, eventId, exception));
            }
        }
    }
}
