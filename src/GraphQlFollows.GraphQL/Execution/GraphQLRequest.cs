namespace GraphQlFollows.GraphQL.Execution;

/// <summary>A request as GraphQL over HTTP carries it, plus what the host adds for resolvers.</summary>
public sealed class GraphQLRequest
{
    public required string Query { get; init; }
    public string? OperationName { get; init; }

    /// <summary>Variable values as plain .NET values read from JSON (JSON objects as dictionaries, arrays as lists, numbers as long or double).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>
    /// Add the operation's price to the result as <c>extensions.cost</c> (<c>requested</c>, <c>maximum</c>), when the
    /// executor prices operations (<see cref="ExecutionOptions.MaxCost"/>).
    /// </summary>
    public bool ReportCost { get; init; }

    /// <summary>The value root fields see as their parent.</summary>
    public object? RootValue { get; init; }

    public IDictionary<string, object?>? ContextData { get; init; }
    public IServiceProvider? Services { get; init; }
}
