namespace GraphQlFollows.Server.WebSockets;

/// <summary>An operation a connection runs: cancelled when the client completes it or the connection ends.</summary>
internal sealed class RunningOperation(CancellationToken connectionEnding)
{
    private readonly CancellationTokenSource _cancellation = CancellationTokenSource.CreateLinkedTokenSource(connectionEnding);

    public CancellationToken Token => _cancellation.Token;

    public Task Running { get; private set; } = Task.CompletedTask;

    public void Start(Func<Task> run) => Running = Task.Run(run);

    public void Cancel() => _cancellation.Cancel();
}
