using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphQlFollows.Tests.Shared;

/// <summary>
/// JSON written for <c>Snapshot.Match</c>: indented, one value a line, so that a snapshot file reads well and its
/// diff shows the value that changed. Snapshooter compares such text as JSON, members in order.
/// </summary>
internal static class SnapshotJson
{
    // Base64 keys, quotes in messages and non-ASCII text stay as they are instead of \u escapes.
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Indented(JsonNode? node) => node?.ToJsonString(Options) ?? "null";

    public static string Indented(string json) => Indented(JsonNode.Parse(json));
}
