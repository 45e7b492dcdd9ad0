using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.AspNetCore;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.Admission;

/// <summary>
/// The WebSocket connections each client holds open, at most <c>GraphQL:RateLimits:WebSocketConnections</c> at once,
/// beside the server's own bound (<c>GraphQL:WebSockets:MaxConnections</c>): one client cannot hold every socket the
/// server allows and lock the others out.
/// </summary>
internal sealed class ClientConnections(IOptions<RateLimitSettings> options)
{
    public const string TooManyConnectionsCode = "TOO_MANY_CLIENT_CONNECTIONS";

    private readonly int _cap = options.Value.WebSocketConnections;
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);

    /// <summary>Counts a connection the client opens, until the returned handle is disposed; null when it holds its cap already.</summary>
    public IDisposable? TryOpen(string client)
    {
        lock (_open)
        {
            var open = _open.GetValueOrDefault(client);
            if (_cap > 0 && open >= _cap)
            {
                return null;
            }

            _open[client] = open + 1;
        }

        return new Held(this, client);
    }

    public GraphQLError TooManyConnections() => new(
        $"This client holds its limit of {_cap} WebSocket connections open; close one before opening another.",
        extensions: GraphQLErrors.Extensions(TooManyConnectionsCode));

    private void Close(string client)
    {
        lock (_open)
        {
            if (--_open[client] == 0)
            {
                _open.Remove(client);
            }
        }
    }

    private sealed class Held(ClientConnections connections, string client) : IDisposable
    {
        private int _closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                connections.Close(client);
            }
        }
    }
}
