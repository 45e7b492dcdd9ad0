using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQlFollows.GraphQL.Execution;

namespace GraphQlFollows.GraphQL.Telemetry;

/// <summary>
/// The engine's traces and metrics, under <see cref="SourceName"/>: a span for parsing, one for validating (both
/// only when a document is not in the cache yet) and one for executing an operation, and a counter of the requests
/// executed. With nobody listening, starting a span returns null and counting returns at once.
/// </summary>
public static class GraphQLTelemetry
{
    /// <summary>The name of the engine's <see cref="ActivitySource"/> and <see cref="Meter"/>.</summary>
    public const string SourceName = "GraphQlFollows.GraphQL";

    public const string ParseSpan = "graphql.parse";
    public const string ValidateSpan = "graphql.validate";
    public const string ExecuteSpan = "graphql.execute";

    internal static readonly ActivitySource Source = new(SourceName);

    private static readonly Meter Meter = new(SourceName);

    private static readonly Counter<long> Requests = Meter.CreateCounter<long>(
        "graphql.requests", "{request}", "GraphQL requests executed or refused, by operation type and whether the response has errors.");

    internal static Activity? StartParse() => Source.StartActivity(ParseSpan, ActivityKind.Internal);

    internal static Activity? StartValidate() => Source.StartActivity(ValidateSpan, ActivityKind.Internal);

    /// <summary>Starts the span of one operation, named as OpenTelemetry's GraphQL conventions ask.</summary>
    internal static Activity? StartExecute(PreparedOperation operation)
    {
        var activity = Source.StartActivity(ExecuteSpan, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true } && operation.Operation is { } definition)
        {
            activity.SetTag("graphql.operation.type", OperationType(operation));
            activity.SetTag("graphql.operation.name", definition.Name?.Value);
        }
        return activity;
    }

    /// <summary>Marks the span failed when the response carries errors, and counts the request.</summary>
    internal static void Executed(Activity? activity, PreparedOperation operation, ExecutionResult result)
    {
        var failed = result.Errors is { Count: > 0 };
        if (activity is not null && failed)
        {
            activity.SetStatus(ActivityStatusCode.Error, result.Errors![0].Message);
        }
        if (Requests.Enabled)
        {
            Requests.Add(1,
                new KeyValuePair<string, object?>("graphql.operation.type", OperationType(operation)),
                new KeyValuePair<string, object?>("graphql.errors", failed ? "true" : "false"));
        }
    }

    /// <summary>Whether a request's execution needs watching at all.</summary>
    internal static bool IsObserved => Source.HasListeners() || Requests.Enabled;

    /// <summary>Marks a span failed with the errors that ended its step.</summary>
    internal static void Failed(Activity? activity, IReadOnlyList<GraphQLError> errors)
    {
        if (activity is not null && errors.Count > 0)
        {
            activity.SetStatus(ActivityStatusCode.Error, errors[0].Message);
        }
    }

    private static string OperationType(PreparedOperation operation) => operation.Operation?.Operation switch
    {
        Language.Ast.OperationType.Query => "query",
        Language.Ast.OperationType.Mutation => "mutation",
        Language.Ast.OperationType.Subscription => "subscription",
        _ => "invalid",
    };
}
