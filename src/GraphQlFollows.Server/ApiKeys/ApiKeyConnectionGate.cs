using System.Text.Json;
using GraphQlFollows.GraphQL.AspNetCore;

namespace GraphQlFollows.Server.ApiKeys;

/// <summary>
/// The key of a WebSocket connection whose upgrade carried none (browsers cannot set headers on WebSockets): the
/// <c>X-API-KEY</c> member of <c>connection_init</c>'s payload, its name matched in any case.
/// </summary>
internal sealed class ApiKeyConnectionGate(ApiKeyGate gate) : IConnectionInitGate
{
    public async ValueTask<string?> RefuseAsync(HttpContext upgrade, JsonElement? payload, CancellationToken cancellationToken)
    {
        if (upgrade.Items.ContainsKey(ApiKeyMiddleware.AdmittedKey))
        {
            return null;
        }

        var verdict = await gate.AdmitAsync(KeyIn(payload), spend: false, cancellationToken);
        if (verdict.IsAdmitted)
        {
            upgrade.Items[ApiKeyMiddleware.AdmittedKey] = verdict.Key;
        }
        return verdict.IsAdmitted ? null : "Forbidden: a valid X-API-KEY is required";
    }

    private static string? KeyIn(JsonElement? payload)
    {
        if (payload is not { } members)
        {
            return null;
        }
        foreach (var member in members.EnumerateObject())
        {
            if (string.Equals(member.Name, ApiKeyMiddleware.Header, StringComparison.OrdinalIgnoreCase))
            {
                return member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString() : null;
            }
        }
        return null;
    }
}
