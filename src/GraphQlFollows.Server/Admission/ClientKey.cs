namespace GraphQlFollows.Server.Admission;

/// <summary>Who a request comes from, for the per-client budgets.</summary>
internal static class ClientKey
{
    /// <summary>
    /// The client's address as Kestrel sees it (behind a proxy, that is the proxy's unless the forwarded-headers
    /// middleware is configured to trust it). When API keys are on, the key a request presents is to name its
    /// client here instead, so that the budgets follow the key.
    /// </summary>
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
