using System.Text;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.Conformance;

/// <summary>One line of the corpus, its JSON values read into the engine's runtime value model.</summary>
public sealed record ConformanceCase(
    string Id,
    string Schema,
    string Query,
    IReadOnlyDictionary<string, object?>? Variables,
    string? OperationName,
    object? RootValue)
{
    public static ConformanceCase Parse(string line)
    {
        if (JsonValues.Parse(Encoding.UTF8.GetBytes(line)) is not Dictionary<string, object?> fields)
        {
            throw new FormatException("A case must be a JSON object.");
        }

        return new ConformanceCase(
            (string)fields["id"]!,
            (string)fields["schema"]!,
            (string)fields["query"]!,
            fields.GetValueOrDefault("variables") as IReadOnlyDictionary<string, object?>,
            fields.GetValueOrDefault("operationName") as string,
            fields.GetValueOrDefault("rootValue"));
    }
}
