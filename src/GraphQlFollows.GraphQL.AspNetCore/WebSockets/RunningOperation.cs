namespace GraphQlFollows.GraphQL.AspNetCore.WebSockets;

/// <summary>An operation a connection runs: cancelled when the client completes it or the connection ends.</summary>
internal sealed class RunningOperation(CancellationToken connectionEnding) : IDisposable
{
    private readonly CancellationTokenSource _cancellation = CancellationTokenSource.CreateLinkedTokenSource(connectionEnding);

    public CancellationToken Token => _cancellation.Token;

    public Task Running { get; private set; } = Task.CompletedTask;

    public void Start(Func<Task> run) => Running = Task.Run(run);

    public void Cancel()
    {
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // It finished while the client was completing it.
        }
    }

    /// <summary>Called once the operation has finished, so a long-lived connection does not collect registrations.</summary>
    public void Dispose() => _cancellation.Dispose();
}
