using GraphQlFollows.Follows.Applications;
using GraphQlFollows.Server.ApiKeys;

namespace GraphQlFollows.Server.Admission;

/// <summary>Who a request comes from, for the per-client budgets.</summary>
internal static class ClientKey
{
    /// <summary>
    /// The application API key the request was admitted with, when keys are required; otherwise the client's
    /// address as Kestrel sees it (behind a proxy, that is the proxy's unless the forwarded-headers middleware is
    /// configured to trust it).
    /// </summary>
    public static string Of(HttpContext context) => context.Items.TryGetValue(ApiKeyMiddleware.AdmittedKey, out var admitted)
        && admitted is ApiKeyInfo key
            ? $"key:{key.Id}"
            : context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
