namespace GraphQlFollows.GraphQL.Execution;

/// <summary>How a <see cref="RequestExecutor"/> parses, caches and reports.</summary>
public sealed class ExecutionOptions
{
    /// <summary>The parser's limits for query documents.</summary>
    public Language.ParserOptions ParserOptions { get; init; } = Language.ParserOptions.Default;

    /// <summary>
    /// The rules every document must pass, checked once per document and cached with it: the specification's, and
    /// a host may add its own, such as <see cref="Validation.Limits.OperationLimits.Rule"/>.
    /// </summary>
    public IReadOnlyList<Func<Validation.ValidationContext, Validation.ValidationRule>> ValidationRules { get; init; } = Validation.SpecifiedRules.All;

    /// <summary>
    /// The most an operation may cost, priced by the cost directives (<see cref="Validation.Limits.OperationCostLimit"/>)
    /// once per document and then per request from its variables; a dearer one is refused before it runs. Null: operations
    /// are not priced.
    /// </summary>
    public double? MaxCost { get; init; }

    /// <summary>
    /// The most bytes a result may take as JSON. Execution counts what the values it completes will take and stops
    /// once they pass it, answering <see cref="ResultSizeLimit.TooLargeCode"/> instead of building the rest. Null: no bound.
    /// </summary>
    public long? MaxResultBytes { get; init; }

    /// <summary>How many prepared documents are kept; the least recently used one goes first.</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>How much query text (in characters) the cached documents may hold together; larger texts are not cached.</summary>
    public long DocumentCacheMaxChars { get; init; } = 8_000_000;

    /// <summary>
    /// Show the messages of exceptions that resolvers throw (other than <see cref="GraphQLException"/>) to clients.
    /// Off by default: such messages may reveal internals, so clients see "Unexpected error." instead.
    /// </summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>
    /// Turns an exception a resolver threw into an error meant for the client (its message and extensions), or
    /// returns null to report it as unexpected. A host maps the failures its domain names here, such as a database
    /// that is unavailable, so that clients can tell them apart.
    /// </summary>
    public Func<Exception, GraphQLException?>? TranslateException { get; init; }

    /// <summary>Called with each unexpected exception a resolver throws, so that the host can log it.</summary>
    public Action<Exception>? OnUnexpectedError { get; init; }

    /// <summary>The message clients see for an unexpected exception when details are not included.</summary>
    public const string UnexpectedErrorMessage = "Unexpected error.";
}
