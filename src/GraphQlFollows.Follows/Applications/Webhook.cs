using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Applications;

/// <summary>
/// An endpoint that receives every accepted operation, or only those naming <see cref="Handle"/> and made by
/// <see cref="Address"/> when these are set.
/// </summary>
public sealed record Webhook(string Name, Uri Url, string Secret, string? Handle = null, EvmAddress? Address = null)
{
    /// <summary>
    /// The URL for lists and logs: without its credentials (<c>user:password@</c>), its query's values hidden
    /// (<c>?token=***</c>), and without a fragment, since any of them may be what lets the sender in.
    /// </summary>
    public string DisplayUrl
    {
        get
        {
            var shown = Url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
            if (Url.Query.Length <= 1)
            {
                return shown;
            }
            var parameters = Url.Query[1..].Split('&').Select(parameter =>
                parameter.IndexOf('=') is > 0 and var equals ? parameter[..(equals + 1)] + "***" : "***");
            return shown + "?" + string.Join('&', parameters);
        }
    }

    /// <summary>The name and the <see cref="DisplayUrl"/>: never the secret.</summary>
    public override string ToString() => $"{Name} {DisplayUrl}";

    /// <summary>The checks of a registration, with the reason it is refused, or null when it is fine.</summary>
    public static string? Problem(string? name, string? url, string? secret, string? handle, string? address)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "A webhook needs a name.";
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return $"The webhook {name} needs an absolute http or https URL, not '{url}'.";
        }
        if (string.IsNullOrEmpty(secret))
        {
            return $"The webhook {name} needs a secret to sign its deliveries with.";
        }
        if (handle is not null && !Graph.Messages.Handles.IsValid(handle))
        {
            return $"'{handle}' is not a handle (3 to 20 of a-z, 0-9 and _).";
        }
        return address is not null && !EvmAddress.TryParse(address, out _) ? $"'{address}' is not an address." : null;
    }

    /// <summary>The webhook of checked settings (see <see cref="Problem"/>).</summary>
    /// <exception cref="ArgumentException">The settings do not pass the checks.</exception>
    public static Webhook From(string? name, string? url, string? secret, string? handle, string? address) =>
        Problem(name, url, secret, handle, address) is { } problem
            ? throw new ArgumentException(problem)
            : new Webhook(name!, new Uri(url!), secret!, handle, address is null ? null : EvmAddress.Parse(address));
}
