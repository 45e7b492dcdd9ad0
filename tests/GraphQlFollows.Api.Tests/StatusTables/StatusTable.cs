using System.Text.Json.Nodes;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Tests.Graph;
using GraphQlFollows.Tests.Shared;

namespace GraphQlFollows.Api.Tests.StatusTables;

/// <summary>
/// One signed mutation's status table over a graph of its own: each case's name beside the whole response the API
/// gave it, in the order the cases ran. The cases are the standard failing inputs of the domain's check-order tests,
/// each written to fail its own check and, where it can, every later one too, so that the table shows which check
/// answers first.
/// </summary>
internal sealed class StatusTable : IAsyncDisposable
{
    /// <summary>How old a message's <c>ts</c> may be, by default; a case one millisecond older is expired.</summary>
    public const long TenMinutes = 10 * 60 * 1000;

    private readonly string _document;
    private readonly JsonArray _rows = [];

    private StatusTable(ApiHarness api, string document)
    {
        Api = api;
        _document = document;
    }

    public ApiHarness Api { get; }

    public GraphHarness Graph => Api.Graph;

    /// <param name="document">The mutation, taking its input as <c>$input</c>.</param>
    public static async Task<StatusTable> CreateAsync(string document, FollowGraphOptions? options = null) =>
        new(await ApiHarness.CreateAsync(graphOptions: options), document);

    /// <summary>Sends <paramref name="input"/> as <c>$input</c>, through <paramref name="on"/> when given, and keeps the response.</summary>
    public async Task AddAsync(string name, object input, ApiHarness? on = null)
    {
        var response = await (on ?? Api).ExecuteAsync(_document, new { input });
        _rows.Add(new JsonObject { ["case"] = name, ["response"] = response });
    }

    /// <summary>The rows as indented JSON, for <c>Snapshot.Match</c>.</summary>
    public override string ToString() => SnapshotJson.Indented(_rows);

    public ValueTask DisposeAsync() => Api.DisposeAsync();
}
