using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace GraphQlFollows.Server;

/// <summary>
/// Kestrel binds its <c>Kestrel:Limits</c> section itself, except the minimum data rates, whose type has no
/// settable properties: <c>Kestrel:Limits:MinRequestBodyDataRate</c> and <c>MinResponseDataRate</c>
/// (<c>BytesPerSecond</c>, <c>GracePeriod</c>) are read here. A client slower than the rate after the grace period
/// is disconnected, so a trickled body cannot hold a connection.
/// </summary>
internal static class KestrelDataRates
{
    public static void Configure(IConfiguration configuration, KestrelServerOptions kestrel)
    {
        var limits = configuration.GetSection("Kestrel:Limits");
        kestrel.Limits.MinRequestBodyDataRate = Read(limits.GetSection("MinRequestBodyDataRate"), kestrel.Limits.MinRequestBodyDataRate);
        kestrel.Limits.MinResponseDataRate = Read(limits.GetSection("MinResponseDataRate"), kestrel.Limits.MinResponseDataRate);
    }

    private static MinDataRate? Read(IConfigurationSection section, MinDataRate? current)
    {
        if (!section.Exists())
        {
            return current;
        }
        var bytesPerSecond = section.GetValue<double?>("BytesPerSecond") ?? current?.BytesPerSecond ?? 0;
        var grace = section.GetValue<TimeSpan?>("GracePeriod") ?? current?.GracePeriod ?? TimeSpan.FromSeconds(5);
        // 0 bytes a second turns the check off.
        return bytesPerSecond > 0 ? new MinDataRate(bytesPerSecond, grace) : null;
    }
}
