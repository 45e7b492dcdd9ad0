using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// One execution of an operation plan: the specification's ExecuteQuery and ExecuteMutation.
/// The result tree is built by one logical thread: resolvers run concurrently, but their completions are queued and
/// completed here one at a time, so the tree needs no locks. Fields whose resolvers complete synchronously are
/// completed at once, depth first, without any task machinery.
/// </summary>
internal sealed partial class OperationExecution
{
    private readonly OperationPlan _plan;
    private readonly ExecutionOptions _options;
    private readonly Stack<ResolverContext> _contexts = new();
    private IDictionary<string, object?>? _contextData;
    private DataLoaderScheduler? _dataLoaders;
    private ResultMap? _data;
    private bool _dataNulled;
    private List<GraphQLError>? _errors;
    private long _resultBytes;

    public OperationExecution(
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        ExecutionOptions options,
        CancellationToken cancellationToken)
    {
        _plan = plan;
        _options = options;
        Variables = variables;
        RootValue = request.RootValue;
        _contextData = request.ContextData;
        Services = request.Services;
        CancellationToken = cancellationToken;
    }

    public Schema Schema => _plan.Schema;
    public OperationDefinitionNode Operation => _plan.Operation;
    public IReadOnlyDictionary<string, object?> Variables { get; }
    public object? RootValue { get; set; }
    public IServiceProvider? Services { get; }
    public CancellationToken CancellationToken { get; }

    /// <summary>The result's <c>extensions</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
    // Both are created on first use, which may come from resolvers running on several threads at once.
    public IDictionary<string, object?> ContextData =>
        _contextData ?? Interlocked.CompareExchange(ref _contextData, new Dictionary<string, object?>(), null) ?? _contextData;

    public DataLoaderScheduler DataLoaders =>
        _dataLoaders ?? Interlocked.CompareExchange(ref _dataLoaders, new DataLoaderScheduler(CancellationToken, Wake), null) ?? _dataLoaders;

    /// <summary>Runs the operation's root selection set: serially for mutations, otherwise with fields concurrent.</summary>
    public ValueTask<ExecutionResult> ExecuteAsync()
    {
        var root = _plan.Root!;
        _data = new ResultMap(root.Fields.Length, null, 0, false);

        // Resolvers called from here must not capture the host's synchronization context: their continuations are to
        // run where they complete, so that a DataLoader batch completes all its waiting fields before the next dispatch.
        var synchronizationContext = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            if (_plan.Operation.Operation == OperationType.Mutation)
            {
                return ExecuteSeriallyAsync(root);
            }

            ExecuteSelectionSet(root, RootValue, _data);
            return _pendingCount == 0 ? new ValueTask<ExecutionResult>(BuildResult()) : CompleteAsync();
        }
        catch (ResultTooLargeException e)
        {
            return new ValueTask<ExecutionResult>(TooLarge(e));
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(synchronizationContext);
        }
    }

    private async ValueTask<ExecutionResult> CompleteAsync()
    {
        try
        {
            await DrainAsync().ConfigureAwait(false);
        }
        catch (ResultTooLargeException e)
        {
            return TooLarge(e);
        }

        return BuildResult();
    }

    /// <summary>The specification's serial execution: each root field, with everything below it, before the next.</summary>
    private async ValueTask<ExecutionResult> ExecuteSeriallyAsync(SelectionSetPlan root)
    {
        try
        {
            Prefill(root, _data!);
            for (var i = 0; i < root.Fields.Length && !_data!.IsNulled; i++)
            {
                ExecuteField(root.Fields[i], RootValue, _data!, i);
                if (_pendingCount > 0)
                {
                    await DrainAsync().ConfigureAwait(false);
                }
            }
        }
        catch (ResultTooLargeException e)
        {
            return TooLarge(e);
        }

        return BuildResult();
    }

    /// <summary>
    /// Counts what a part of the result will take as JSON (<see cref="ExecutionOptions.MaxResultBytes"/>), and ends
    /// execution once the result passes its bound: the rest of it is never built.
    /// </summary>
    private void CountResultBytes(int bytes)
    {
        _resultBytes += bytes;
        if (_resultBytes > (_options.MaxResultBytes ?? long.MaxValue))
        {
            throw new ResultTooLargeException(_options.MaxResultBytes!.Value);
        }
    }

    // At least what JSON takes: a string its characters and quotes (escapes and non-ASCII take more), other leaves a
    // few. Execution stops near the bound; serialisation, which a transport bounds too, is exact.
    private static int LeafBytes(object? value) => value is string text ? text.Length + 2 : 4;

    private ExecutionResult TooLarge(ResultTooLargeException e) => ExecutionResult.RequestError([ResultSizeLimit.TooLarge(e.MaxBytes)]);

    private ExecutionResult BuildResult() => new()
    {
        HasData = true,
        Data = _dataNulled ? null : _data,
        Errors = _errors,
        Extensions = Extensions,
    };
}
