using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using GraphQlFollows.Follows.Telemetry;
using GraphQlFollows.GraphQL.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Xunit.Abstractions;

namespace GraphQlFollows.Server.Tests;

/// <summary>
/// Traces and metrics of the real server, switched on by configuration. The engine's and the graph's sources are
/// process-wide, so these tests run alone: no other test's requests land in what they collect.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed partial class TelemetryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_signed_follow_is_traced_from_the_http_request_down_to_its_commit()
    {
        var spans = new ExportedSpans();
        await using var server = await RunningServer.StartAsync(["--Telemetry:Tracing=true"],
            builder => builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        using var star = new SignedWriter(server);
        using var fan = new SignedWriter(server);
        await star.JoinAsync("star");
        await fan.JoinAsync();

        Assert.Equal("SUCCESS", await fan.FollowAsync("star"));

        var trace = await TraceOfFollowAsync(spans);
        foreach (var span in trace)
        {
            output.WriteLine($"{span.SpanId} <- {span.ParentSpanId} {span.Source.Name} {span.DisplayName}");
        }

        var request = Assert.Single(trace, s => s.Kind == ActivityKind.Server);
        Assert.Equal("POST", request.GetTagItem("http.request.method"));
        var commit = Single(trace, FollowsTelemetry.CommitSpan);
        Assert.Equal(1, commit.GetTagItem("follows.commit.batch_size"));
        var queue = ParentOf(trace, commit, FollowsTelemetry.QueueSpan);
        var writeSpan = ParentOf(trace, queue, FollowsTelemetry.WriteSpan);
        Assert.Equal("SUCCESS", writeSpan.GetTagItem("follows.status"));
        var execute = ParentOf(trace, writeSpan, GraphQLTelemetry.ExecuteSpan);
        Assert.Equal("mutation", execute.GetTagItem("graphql.operation.type"));
        Assert.Equal(request.SpanId, execute.ParentSpanId);
        Assert.Equal(writeSpan.SpanId, Single(trace, FollowsTelemetry.ChecksSpan).ParentSpanId);
        // The follow's document is new to the server: it is parsed and validated within the same request.
        Assert.Equal(request.SpanId, Single(trace, GraphQLTelemetry.ParseSpan).ParentSpanId);
        Assert.Equal(request.SpanId, Single(trace, GraphQLTelemetry.ValidateSpan).ParentSpanId);
    }

    [Fact]
    public async Task The_prometheus_endpoint_counts_statuses_per_mutation()
    {
        await using var server = await StartWithPrometheusAsync();
        using var star = new SignedWriter(server);
        using var idol = new SignedWriter(server);
        using var fan = new SignedWriter(server);
        await JoinAsync(star, idol, fan);

        Assert.Equal("SUCCESS", await fan.FollowAsync("star"));
        Assert.Equal("SUCCESS", await fan.FollowAsync("idol"));
        Assert.Equal("INVALID_SIGNATURE", await fan.FollowAsync("star", forged: true));

        var metrics = await MetricsAsync(server);
        Assert.Equal(2, Count(metrics, "follow", "SUCCESS"));
        Assert.Equal(1, Count(metrics, "follow", "INVALID_SIGNATURE"));
        Assert.Equal(3, Count(metrics, "registerSigningKey", "SUCCESS"));
        Assert.Equal(2, Count(metrics, "createProfile", "SUCCESS"));
        Assert.Null(Count(metrics, "follow", "ALREADY_DONE"));
        Assert.Matches(@"(?m)^follows_commit_batch_size_bucket\{", metrics);
        Assert.Matches(@"(?m)^follows_commit_duration_seconds_bucket\{", metrics);
        Assert.Matches(@"(?m)^follows_writer_queue_depth\{[^}]*\} 0", metrics);
        Assert.Matches(@"(?m)^follows_subscribers\{[^}]*\} 0", metrics);
    }

    [Fact]
    public async Task The_prometheus_endpoint_counts_statuses_of_blocks_unblocks_and_batch_follows()
    {
        await using var server = await StartWithPrometheusAsync();
        using var star = new SignedWriter(server);
        using var idol = new SignedWriter(server);
        using var fan = new SignedWriter(server);
        await JoinAsync(star, idol, fan);

        Assert.Equal("SUCCESS", await fan.BatchFollowAsync("star", "idol"));
        // Before the pair has any block, so that only ownership can refuse it.
        Assert.Equal("INVALID_ADDRESS", await idol.BlockAsync("star", fan.Wallet.Text));
        Assert.Equal("SUCCESS", await star.BlockAsync("star", fan.Wallet.Text));
        Assert.Equal("ALREADY_DONE", await star.BlockAsync("star", fan.Wallet.Text));
        Assert.Equal("SUCCESS", await star.UnblockAsync("star", fan.Wallet.Text));
        Assert.Equal("ALREADY_DONE", await star.UnblockAsync("star", fan.Wallet.Text));

        var metrics = await MetricsAsync(server);
        Assert.Equal(1, Count(metrics, "batchFollow", "SUCCESS"));
        Assert.Equal(1, Count(metrics, "block", "SUCCESS"));
        Assert.Equal(1, Count(metrics, "block", "ALREADY_DONE"));
        Assert.Equal(1, Count(metrics, "block", "INVALID_ADDRESS"));
        Assert.Equal(1, Count(metrics, "unblock", "SUCCESS"));
        Assert.Equal(1, Count(metrics, "unblock", "ALREADY_DONE"));
        Assert.Null(Count(metrics, "follow", "SUCCESS"));
    }

    [Fact]
    public async Task Without_configuration_nothing_is_served_at_metrics()
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await server.Client.GetAsync("/metrics");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Task<RunningServer> StartWithPrometheusAsync() =>
        RunningServer.StartAsync(["--Telemetry:Metrics=true", "--Telemetry:Prometheus=true"]);

    /// <summary>Two profiles, star and idol, and a fan without one.</summary>
    private static async Task JoinAsync(SignedWriter star, SignedWriter idol, SignedWriter fan)
    {
        await star.JoinAsync("star");
        await idol.JoinAsync("idol");
        await fan.JoinAsync();
    }

    private async Task<string> MetricsAsync(RunningServer server)
    {
        var metrics = await server.Client.GetStringAsync("/metrics");
        output.WriteLine(metrics);
        return metrics;
    }

    /// <summary>
    /// The spans of the follow's trace, once its HTTP request's span has ended too: the server may end it just after
    /// the client has read the response.
    /// </summary>
    private static async Task<Activity[]> TraceOfFollowAsync(ExportedSpans spans)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var ended = spans.Snapshot();
            var write = Assert.Single(ended, s => s.OperationName == FollowsTelemetry.WriteSpan && (string?)s.GetTagItem("follows.operation") == "follow");
            var trace = ended.Where(s => s.TraceId == write.TraceId).ToArray();
            if (trace.Any(s => s.Kind == ActivityKind.Server) || DateTime.UtcNow > deadline)
            {
                return trace;
            }
            await Task.Delay(10);
        }
    }

    private static Activity Single(Activity[] trace, string name) => Assert.Single(trace, s => s.OperationName == name);

    private static Activity ParentOf(Activity[] trace, Activity child, string name)
    {
        var parent = Single(trace, name);
        Assert.Equal(parent.SpanId, child.ParentSpanId);
        return parent;
    }

    /// <summary>The value of <c>follows_mutations_total</c> for one mutation and status, or null when it has none.</summary>
    private static long? Count(string metrics, string mutation, string status)
    {
        foreach (Match line in MutationCount().Matches(metrics))
        {
            var labels = line.Groups["labels"].Value;
            if (labels.Contains($"mutation=\"{mutation}\"", StringComparison.Ordinal) && labels.Contains($"status=\"{status}\"", StringComparison.Ordinal))
            {
                return long.Parse(line.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    [GeneratedRegex(@"(?m)^follows_mutations_total\{(?<labels>[^}]*)\} (?<value>\d+)")]
    private static partial Regex MutationCount();
}

/// <summary>The spans the in-memory exporter hands over, from the threads that end them.</summary>
internal sealed class ExportedSpans : Collection<Activity>
{
    public Activity[] Snapshot()
    {
        lock (Items)
        {
            return [.. Items];
        }
    }

    protected override void InsertItem(int index, Activity item)
    {
        lock (Items)
        {
            base.InsertItem(index, item);
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
