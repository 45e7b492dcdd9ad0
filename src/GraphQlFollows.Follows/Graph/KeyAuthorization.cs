using System.Diagnostics.CodeAnalysis;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// The registration message a wallet signs for a signing key:
/// <c>I authorize &lt;entity&gt; from this device using signing key:\n&lt;signing key&gt;</c>, where the entity is
/// any non-empty text without a line break and the key is base64 of its SubjectPublicKeyInfo.
/// </summary>
internal static class KeyAuthorization
{
    private const string Prefix = "I authorize ";
    private const string Suffix = " from this device using signing key:";

    /// <summary>Extracts the key text from a registration message; false when the message has another shape.</summary>
    public static bool TryReadKey([NotNullWhen(true)] string? message, out string key)
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
