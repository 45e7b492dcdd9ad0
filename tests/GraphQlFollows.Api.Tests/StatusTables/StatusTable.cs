using System.Text.Json.Nodes;
using GraphQlFollows.Tests.Shared;

namespace GraphQlFollows.Api.Tests.StatusTables;

/// <summary>
/// One signed mutation's status table: each case's name beside the whole response the API gave it, in the order
/// the cases ran. The cases are the standard failing inputs of the domain's check-order tests, each written to fail
/// its own check and, where it can, every later one too, so that the table shows which check answers first.
/// </summary>
internal sealed class StatusTable(ApiHarness api, string document)
{
    private readonly JsonArray _rows = [];

    /// <summary>Sends <paramref name="input"/> as <c>$input</c>, through <paramref name="on"/> when given, and keeps the response.</summary>
    public async Task AddAsync(string name, object input, ApiHarness? on = null)
    {
        var response = await (on ?? api).ExecuteAsync(document, new { input });
        _rows.Add(new JsonObject { ["case"] = name, ["response"] = response });
    }

    /// <summary>The rows as indented JSON, for <c>Snapshot.Match</c>.</summary>
    public override string ToString() => SnapshotJson.Indented(_rows);
}
