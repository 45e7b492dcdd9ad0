using System.Collections.Frozen;
using System.Text.Json;

namespace GraphQlFollows.GraphQL.AspNetCore.Persisted;

/// <summary>
/// Trusted documents: a manifest as Apollo's <c>generate-persisted-query-manifest</c> and GraphQL Code Generator's
/// client preset write it, <c>{"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{"id",
/// "name", "type", "body"}]}</c>, each id being the SHA-256 of its body. A manifest that is not one is refused at
/// start-up with the reason, rather than serving fewer documents than the operator meant.
/// </summary>
public static class PersistedOperationManifest
{
    public const string Format = "apollo-persisted-query-manifest";

    /// <summary>Reads the manifest at <paramref name="path"/>: its bodies by id.</summary>
    /// <exception cref="InvalidOperationException">The file cannot be read, or is not such a manifest.</exception>
    public static FrozenDictionary<string, string> Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return Operations(document.RootElement);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw Invalid(path, e.Message);
        }
        catch (FormatException e)
        {
            throw Invalid(path, e.Message);
        }
    }

    private static FrozenDictionary<string, string> Operations(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format
            || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetRawText() != "1")
        {
            throw new FormatException($"it is not a manifest of format \"{Format}\", version 1.");
        }
        if (!root.TryGetProperty("operations", out var operations) || operations.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("it has no \"operations\" array.");
        }
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var operation in operations.EnumerateArray())
        {
            var (id, body) = (Text(operation, "id"), Text(operation, "body"));
            if (!string.Equals(id, DocumentHash.Of(body), StringComparison.OrdinalIgnoreCase))
            {
                throw new FormatException($"the id \"{id}\" is not the SHA-256 of its body.");
            }
            bodies[id.ToLowerInvariant()] = body;
        }
        return bodies.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Text(JsonElement operation, string name) =>
        operation.ValueKind == JsonValueKind.Object && operation.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"an operation has no \"{name}\" string.");

    private static InvalidOperationException Invalid(string path, string reason) =>
        new($"The persisted operations manifest {path} (GraphQL:PersistedOperations:Path) cannot be used: {reason}");
}
