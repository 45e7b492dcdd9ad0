using GraphQlFollows.GraphQL.AspNetCore.Persisted;
using GraphQlFollows.GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.GraphQL.AspNetCore.Operations;

/// <summary>
/// What every transport does with a request: find its document (sent, or persisted), bound it, let the engine
/// parse and validate it (the operation limits are among its validation rules), and run it within the request's
/// time budget, which the transport starts when the request arrives and which covers the serialisation of its
/// response too.
/// </summary>
internal sealed class OperationRunner
{
    private readonly IRequestExecutor _executor;
    private readonly PersistedDocuments _documents;
    private readonly GraphQLServerOptions _options;

    public OperationRunner(IRequestExecutor executor, PersistedDocuments documents, IOptions<GraphQLServerOptions> options)
    {
        _executor = executor;
        _documents = documents;
        _options = options.Value;
    }

    /// <summary>
    /// The operation to run and the request that runs it, or the errors that refuse it (a persisted document not
    /// found or not allowed, its length, syntax, validation or a limit).
    /// </summary>
    public (PreparedOperation Operation, GraphQLRequest Request) Prepare(RequestParameters parameters)
    {
        var document = _documents.Resolve(parameters);
        var query = document.Query ?? "";
        var request = parameters.ToRequest(query);
        if (document.Error is { } refusal)
        {
            return (new PreparedOperation { Errors = [refusal] }, request);
        }
        var prepared = Prepare(query, parameters.OperationName);
        if (prepared.IsValid && document.Remember is { } hash)
        {
            // Only documents that parse and validate are kept: a hash cannot fill the store with junk.
            _documents.Remember(hash, query);
        }
        return (prepared, request);
    }

    /// <summary>The operation of a document the server itself runs, or the errors that refuse it (its length, syntax, validation or a limit).</summary>
    public PreparedOperation Prepare(string query, string? operationName)
    {
        if (query.Length > _options.MaxDocumentLength)
        {
            return new PreparedOperation { Errors = [ServerErrors.DocumentTooLarge(_options.MaxDocumentLength)] };
        }

        return _executor.Prepare(query, operationName);
    }

    /// <summary>A request's time budget: it fires after <see cref="GraphQLServerOptions.RequestTimeout"/>, or when <paramref name="aborted"/> does.</summary>
    public CancellationTokenSource StartBudget(CancellationToken aborted)
    {
        var budget = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        budget.CancelAfter(_options.RequestTimeout);
        return budget;
    }

    /// <summary>
    /// Runs a query or mutation. Returns null when the time <paramref name="budget"/> ran out first; throws
    /// <see cref="OperationCanceledException"/> when <paramref name="aborted"/> fires (the client left).
    /// </summary>
    public async ValueTask<ExecutionResult?> ExecuteAsync(
        PreparedOperation operation, GraphQLRequest request, CancellationToken budget, CancellationToken aborted)
    {
        var execution = _executor.ExecuteAsync(operation, request, budget);
        if (execution.IsCompletedSuccessfully)
        {
            return execution.Result;
        }

        // Waiting on the budget as well as on the execution answers in time even when a resolver ignores cancellation.
        var task = execution.AsTask();
        try
        {
            return await task.WaitAsync(budget);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            _ = task.ContinueWith(static t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            return null;
        }
    }

    /// <summary>The most bytes one response may take.</summary>
    public long MaxResponseBytes => _options.MaxResponseBytes;

    /// <summary>Starts a subscription's source stream; it runs until the stream ends or the token fires.</summary>
    public ValueTask<SubscriptionResult> SubscribeAsync(PreparedOperation operation, GraphQLRequest request, CancellationToken cancellationToken) =>
        _executor.SubscribeAsync(operation, request, cancellationToken);

    public GraphQLError TimedOut() => ServerErrors.TimedOut(_options.RequestTimeout);
}
