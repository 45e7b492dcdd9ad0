namespace GraphQlFollows.Follows.Store.Faults;

/// <summary>Why the follow store cannot serve a request for now; neither is the request's fault.</summary>
public enum StoreFault
{
    /// <summary>
    /// The database does not answer, or not in time: refused or dropped connections, a server that hangs, a file
    /// locked or unreadable. Retrying later may succeed; the server recovers by itself when the database is back.
    /// </summary>
    Unavailable,

    /// <summary>The database's disk is full: writes are refused until space is freed; reads go on.</summary>
    Full,
}
