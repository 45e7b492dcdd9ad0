using GraphQlFollows.Follows.Graph.Writes;
using GraphQlFollows.Follows.Telemetry;

namespace GraphQlFollows.Follows.Graph;

public sealed partial class FollowGraph
{
    /// <summary>
    /// Runs a signed write, in its span when traced, and counts its status when counted; when neither, it runs as
    /// it is, so that nobody listening costs nothing.
    /// </summary>
    private Task<TResult> Observe<TRequest, TResult, TStatus>(
        string operation,
        TRequest request,
        CancellationToken cancellationToken,
        Func<FollowGraph, TRequest, CancellationToken, Task<TResult>> decide,
        Func<TResult, TStatus> statusOf)
        where TStatus : struct, Enum =>
        FollowsTelemetry.Source.HasListeners() || _metrics.CountsStatuses
            ? ObserveAsync(operation, request, cancellationToken, decide, statusOf)
            : decide(this, request, cancellationToken);

    // An async method of its own: the spans it makes current are current only inside it.
    private async Task<TResult> ObserveAsync<TRequest, TResult, TStatus>(
        string operation,
        TRequest request,
        CancellationToken cancellationToken,
        Func<FollowGraph, TRequest, CancellationToken, Task<TResult>> decide,
        Func<TResult, TStatus> statusOf)
        where TStatus : struct, Enum
    {
        using var write = WriteTracing.StartWrite(operation);
        var result = await decide(this, request, cancellationToken).ConfigureAwait(false);
        var status = StatusNames<TStatus>.Of(statusOf(result));
        if (write is not null)
        {
            WriteTracing.EndWrite(write, status);
        }
        _metrics.Answered(operation, status);
        return result;
    }

    /// <summary>Hands an accepted write to the writer, in a span that lasts until the commit answers, when traced.</summary>
    private Task<TResult> SubmitAsync<TResult>(PendingWrite<TResult> write, CancellationToken cancellationToken) =>
        FollowsTelemetry.Source.HasListeners() ? SubmitTracedAsync(write, cancellationToken) : _writer.SubmitAsync(write, cancellationToken);

    private async Task<TResult> SubmitTracedAsync<TResult>(PendingWrite<TResult> write, CancellationToken cancellationToken)
    {
        using var queued = WriteTracing.StartQueue();
        write.Trace = queued?.Context ?? default;
        return await _writer.SubmitAsync(write, cancellationToken).ConfigureAwait(false);
    }
}
