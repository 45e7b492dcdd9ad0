using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.Cli;

/// <summary>
/// The manifest of the project's own operations, those of this tool and of the server's sandbox page, in the format
/// Apollo's tools write (<c>apollo-persisted-query-manifest</c>, version 1): a server given it as
/// <c>GraphQL:PersistedOperations:Path</c>, with <c>Only=true</c>, serves these documents and no other.
/// </summary>
internal static class PersistedOperations
{
    private const string SandboxResource = "GraphQlFollows.Cli.sandbox-operations.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Manifest()
    {
        var operations = SignedMutations.Documents.Select(mutation => mutation.VariablesDocument())
            .Concat(SandboxDocuments())
            .Select(Entry)
            .ToArray();
        return JsonSerializer.Serialize(new { format = "apollo-persisted-query-manifest", version = 1, operations }, Indented);
    }

    /// <summary>One operation: its id (SHA-256 of the body, lowercase hex), name, type and body.</summary>
    private static object Entry(string body)
    {
        var operation = Parser.Parse(body).Definitions.OfType<OperationDefinitionNode>().Single();
        return new
        {
            id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))),
            name = operation.Name?.Value,
            type = operation.Operation.ToString().ToLowerInvariant(),
            body,
        };
    }

    // The sandbox's operations.json, embedded from the server's project: its documents by name, as the page sends them.
    private static IEnumerable<string> SandboxDocuments()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(SandboxResource)
            ?? throw new InvalidOperationException($"The resource {SandboxResource} is missing from the assembly.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!.Values.ToArray();
    }
}
