using System.Text.Json;

namespace GraphQlFollows.GraphQL.AspNetCore;

/// <summary>
/// Decides whether a WebSocket connection may be initialised, from its upgrade request and the payload of its
/// <c>connection_init</c>. Registered as services when the host checks connections, asked in turn; the session
/// refuses a connection the first of them turns down by closing it with 4403, as <c>graphql-transport-ws</c>
/// recommends.
/// </summary>
public interface IConnectionInitGate
{
    /// <returns>Null to accept the connection, or the reason it is refused (sent as the close reason).</returns>
    /// <param name="payload">The <c>connection_init</c> payload when it is an object.</param>
    ValueTask<string?> RefuseAsync(HttpContext upgrade, JsonElement? payload, CancellationToken cancellationToken);
}
