using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphQlFollows.Follows.Store.Faults;

/// <summary>
/// Refuses the reads' connections at once for a second after the database failed one of them. A database that
/// hangs costs each call its timeouts (a statement's, then PostgreSQL's cancellation request); without this, a
/// request making several calls in turn would pay them again for each, past its budget. With it, only the calls
/// already under way wait; the others are answered at once, and after the second they reach the database again.
/// EF Core's contexts call it as an interceptor, the reads' own connections (<see cref="Reading.StoreReader"/>) directly.
/// </summary>
internal sealed class StoreCircuit : DbConnectionInterceptor, IDbCommandInterceptor
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(1);

    private readonly RetryBackoff _backoff = new(Wait, Wait);
    private volatile StoreUnavailableException? _lastFault;

    public override InterceptionResult ConnectionOpening(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        ThrowIfOpen();
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        ThrowIfOpen();
        return ValueTask.FromResult(result);
    }

    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Failed(eventData.Exception);

    public override Task ConnectionFailedAsync(
        DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Exception);
        return Task.CompletedTask;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Failed(eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Exception);
        return Task.CompletedTask;
    }

    /// <summary>Refuses a call at once while the wait after a failure runs.</summary>
    internal void ThrowIfOpen()
    {
        if (_backoff.IsWaiting && _lastFault is { } fault)
        {
            throw new StoreUnavailableException(fault.Fault, fault.Message);
        }
    }

    /// <summary>Starts the wait when <paramref name="exception"/> is a failure of the database.</summary>
    internal void Failed(Exception exception)
    {
        // While the wait runs, failures are the circuit's own refusals, or calls that began before it: none is news.
        if (_backoff.IsWaiting)
        {
            return;
        }
        if (StoreFaults.Recognize(exception) is { } fault)
        {
            _lastFault = fault;
            _backoff.Failed();
        }
    }
}
