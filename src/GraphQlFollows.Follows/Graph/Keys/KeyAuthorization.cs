using System.Diagnostics.CodeAnalysis;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// The registration message a wallet signs for a signing key:
/// <c>I authorize &lt;entity&gt; from this device using signing key:\n&lt;signing key&gt;</c>, where the entity is
/// any non-empty text without a line break and the key is base64 of its SubjectPublicKeyInfo.
/// </summary>
public static class KeyAuthorization
{
    /// <summary>The entity the CyberConnect SDK names by default.</summary>
    public const string DefaultEntity = "CyberConnect";

    private const string Prefix = "I authorize ";
    private const string Suffix = " from this device using signing key:";

    /// <summary>The registration message of <paramref name="signingKey"/> (base64 SPKI), for the wallet to sign.</summary>
    /// <exception cref="ArgumentException">The entity is empty or spans lines.</exception>
    public static string Message(string signingKey, string entity = DefaultEntity)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingKey);
        ArgumentException.ThrowIfNullOrEmpty(entity);
        if (entity.AsSpan().ContainsAny('\n', '\r'))
        {
            throw new ArgumentException("The entity must be one line of text.", nameof(entity));
        }
        return Prefix + entity + Suffix + "\n" + signingKey;
    }

    /// <summary>Extracts the key text from a registration message; false when the message has another shape.</summary>
    internal static bool TryReadKey([NotNullWhen(true)] string? message, out string key)
    {
        key = "";
        if (message is null || message.Length > SignedMessage.MaxBytes || !message.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var lineBreak = message.IndexOf('\n');
        if (lineBreak < 0 || message.IndexOf('\n', lineBreak + 1) >= 0)
        {
            return false;
        }
        var firstLine = message.AsSpan(0, lineBreak);
        var entityLength = firstLine.Length - Prefix.Length - Suffix.Length;
        if (entityLength < 1 || !firstLine.EndsWith(Suffix, StringComparison.Ordinal) || firstLine.Contains('\r'))
        {
            return false;
        }
        key = message[(lineBreak + 1)..];
        return key.Length > 0 && System.Text.Encoding.UTF8.GetByteCount(message) <= SignedMessage.MaxBytes;
    }
}
