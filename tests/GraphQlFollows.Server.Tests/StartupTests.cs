using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphQlFollows.Server.Tests;

/// <summary>A server started on a store that does not exist yet creates it before anything reads it.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task A_fresh_store_is_created_before_it_is_read_and_nothing_is_logged_amiss()
    {
        var logged = new WarningsAndErrors();
        await using (var server = await RunningServer.StartAsync(configure: builder => builder.Logging.AddProvider(logged)))
        {
            // The writer starts by reading the log's end: a signed write answered proves it has.
            using var star = new SignedWriter(server);
            await star.JoinAsync("star");
            using var fan = new SignedWriter(server);
            await fan.JoinAsync();
            Assert.Equal("SUCCESS", await fan.FollowAsync("star"));
        }

        Assert.Empty(logged.Entries);
    }

    private sealed class WarningsAndErrors : ILoggerProvider, ILogger
    {
        private readonly List<string> _entries = [];

        public IReadOnlyList<string> Entries
        {
            get
            {
                lock (_entries)
                {
                    return [.. _entries];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lock (_entries)
                {
                    _entries.Add($"{logLevel}: {formatter(state, exception)} {exception?.Message}");
                }
            }
        }

        public void Dispose()
        {
        }
    }
}
