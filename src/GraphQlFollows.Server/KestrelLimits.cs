using System.Reflection;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server;

/// <summary>
/// Kestrel's limits from the <c>Kestrel:Limits</c> section (Kestrel itself reads only its endpoints from
/// configuration): connections, header and keep-alive timeouts, sizes, and the minimum data rates
/// (<c>MinRequestBodyDataRate</c>, <c>MinResponseDataRate</c>: <c>BytesPerSecond</c>, <c>GracePeriod</c>), whose
/// type the binder cannot create. A client slower than a rate after its grace period is disconnected, and one
/// that has not sent its headers within <c>RequestHeadersTimeout</c> too, so slow clients cannot hold connections.
/// </summary>
internal static class KestrelLimits
{
    private const string SectionName = "Kestrel:Limits";

    /// <exception cref="OptionsValidationException">A limit is out of Kestrel's range; the message names it.</exception>
    public static void Configure(IConfiguration configuration, KestrelServerOptions kestrel)
    {
        var limits = configuration.GetSection(SectionName);
        try
        {
            limits.Bind(kestrel.Limits);
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentException refused)
        {
            // Kestrel's setters refuse values out of range; the setter that threw names the setting.
            var setting = refused.TargetSite?.Name.Replace("set_", "", StringComparison.Ordinal);
            throw new OptionsValidationException(SectionName, typeof(KestrelServerOptions), [$"{SectionName}:{setting}: {refused.Message}"]);
        }
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
