using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphQlFollows.Tests.Shared;
using Snapshooter;
using Snapshooter.Xunit;

namespace GraphQlFollows.Server.Tests;

/// <summary>What a client sees of a refused request, written for <c>Snapshot.Match</c>.</summary>
internal static partial class Refusal
{
    /// <summary>The status code, media type, <c>Allow</c> header when there is one, and the whole JSON body.</summary>
    public static async Task<string> DescribeAsync(HttpResponseMessage response)
    {
        var description = new JsonObject
        {
            ["status"] = (int)response.StatusCode,
            ["contentType"] = response.Content.Headers.ContentType?.ToString(),
        };
        if (response.Content.Headers.Allow.Count > 0)
        {
            description["allow"] = string.Join(", ", response.Content.Headers.Allow);
        }
        description["body"] = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return SnapshotJson.Indented(description);
    }

    /// <summary>
    /// The snapshot of one case of the calling theory, named after the test and <paramref name="label"/> in letters,
    /// digits and dashes. Call it from the test method itself: Snapshooter finds the test by walking the stack.
    /// </summary>
    public static SnapshotFullName SnapshotFor(string label) =>
        Snapshot.FullName(new SnapshotNameExtension(NotLetterOrDigit().Replace(label, "-").Trim('-')));

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NotLetterOrDigit();
}
