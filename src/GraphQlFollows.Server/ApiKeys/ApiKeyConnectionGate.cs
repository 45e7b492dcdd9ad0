using GraphQlFollows.Server.WebSockets;

namespace GraphQlFollows.Server.ApiKeys;

/// <summary>
/// The key of a WebSocket connection whose upgrade carried none (browsers cannot set headers on WebSockets): the
/// <c>X-API-KEY</c> member of <c>connection_init</c>'s payload, its name matched in any case.
/// </summary>
internal sealed class ApiKeyConnectionGate(ApiKeyGate gate) : IConnectionInitGate
{
    public async ValueTask<string?> RefuseAsync(HttpContext upgrade, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken)
    {
        if (upgrade.Items.ContainsKey(ApiKeyMiddleware.AdmittedKey))
        {
            return null;
        }

        var verdict = await gate.AdmitAsync(KeyIn(payload), cancellationToken);
        return verdict.IsAdmitted ? null
            : verdict.IsRateLimited ? "Forbidden: the API key's rate is exceeded"
            : "Forbidden: a valid X-API-KEY is required";
    }

    private static string? KeyIn(IReadOnlyDictionary<string, object?>? payload) =>
        payload?.FirstOrDefault(member => string.Equals(member.Key, ApiKeyMiddleware.Header, StringComparison.OrdinalIgnoreCase)).Value as string;
}
