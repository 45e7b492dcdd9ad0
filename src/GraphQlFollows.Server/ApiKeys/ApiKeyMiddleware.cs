using GraphQlFollows.GraphQL.AspNetCore;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.ApiKeys;

/// <summary>
/// Refuses requests to the GraphQL endpoint without an admitted key in <c>X-API-KEY</c>: 401 UNAUTHENTICATED for
/// a missing, unknown or revoked key, 429 RATE_LIMITED with <c>Retry-After</c> past the key's rate. The IDE's page
/// and CORS preflights pass (the IDE sends the header once it is set in its connection settings), and so does a
/// WebSocket upgrade without the header, whose key then comes in <c>connection_init</c> (see <see cref="ApiKeyConnectionGate"/>).
/// A WebSocket upgrade spends none of the key's rate: each operation over the connection does
/// (<see cref="ApiKeyOperationAdmission"/>). Other endpoints that hold what only applications may see, such as the
/// metrics, are guarded too when they carry <see cref="RequiredMetadata"/> (<see cref="ApiKeyHosting.RequireApiKey"/>);
/// there the key may come as a bearer token as well, which scrapers such as Prometheus send.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, ApiKeyGate gate, IOptions<GraphQLServerOptions> server)
{
    public const string Header = "X-API-KEY";

    /// <summary>
    /// The key of <c>HttpContext.Items</c> that holds the request's admitted <see cref="Follows.Applications.ApiKeyInfo"/>;
    /// a WebSocket upgrade that has one needs no key in <c>connection_init</c>.
    /// </summary>
    public static readonly object AdmittedKey = new();

    /// <summary>The endpoint metadata of an endpoint that requires a key besides the GraphQL endpoint.</summary>
    public static readonly object RequiredMetadata = new();

    private readonly GraphQLServerOptions _server = server.Value;

    public async Task InvokeAsync(HttpContext context)
    {
        var key = KeyOf(context);
        if (!IsGuarded(context) || (key.Length == 0 && context.WebSockets.IsWebSocketRequest))
        {
            await next(context);
            return;
        }

        var verdict = await gate.AdmitAsync(key, spend: !context.WebSockets.IsWebSocketRequest, context.RequestAborted);
        if (verdict.IsAdmitted)
        {
            context.Items[AdmittedKey] = verdict.Key;
            await next(context);
            return;
        }

        await RefuseAsync(context, verdict);
    }

    private bool IsGuarded(HttpContext context) => GraphQLServerExtensions.IsGraphQLRequest(context, _server)
        || context.GetEndpoint()?.Metadata.Contains(RequiredMetadata) == true;

    private string KeyOf(HttpContext context)
    {
        var key = context.Request.Headers[Header].ToString();
        if (key.Length > 0 || context.GetEndpoint()?.Metadata.Contains(RequiredMetadata) != true)
        {
            return key;
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : key;
    }

    private static Task RefuseAsync(HttpContext context, ApiKeyVerdict verdict) => verdict.IsRateLimited
        ? GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status429TooManyRequests, ApiKeyErrors.RateLimited(verdict))
        : GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, ApiKeyErrors.Unauthenticated());
}
