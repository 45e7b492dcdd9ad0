namespace GraphQlFollows.Follows.Store.Faults;

/// <summary>
/// The follow store could not serve a request for a reason of its own (<see cref="StoreFault"/>), not the request's.
/// <see cref="StoreFaults.Recognize"/> turns the providers' own exceptions into it, so a host maps one type.
/// </summary>
public sealed class StoreUnavailableException(StoreFault fault, string message, Exception? inner = null) : Exception(message, inner)
{
    public StoreFault Fault { get; } = fault;
}
