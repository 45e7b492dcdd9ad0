using System.Diagnostics.CodeAnalysis;
using System.Text;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph.Keys;

/// <summary>
/// The registration message a wallet signs for a signing key:
/// <c>I authorize &lt;entity&gt; from this device using signing key:\n&lt;signing key&gt;</c>, where the entity is
/// any non-empty text of at most <see cref="MaxEntityBytes"/> UTF-8 bytes without a line break, and the key is base64
/// of its SubjectPublicKeyInfo.
/// </summary>
public static class KeyAuthorization
{
    /// <summary>The entity the CyberConnect SDK names by default.</summary>
    public const string DefaultEntity = "CyberConnect";

    /// <summary>
    /// The longest entity, in UTF-8 bytes: a name, not a document. Every registration is kept in the log for good,
    /// so its size is bounded by what it needs.
    /// </summary>
    public const int MaxEntityBytes = 128;

    private const string Prefix = "I authorize ";
    private const string Suffix = " from this device using signing key:";

    /// <summary>The registration message of <paramref name="signingKey"/> (base64 SPKI), for the wallet to sign.</summary>
    /// <exception cref="ArgumentException">The entity is empty, spans lines, is too long or is not Unicode text.</exception>
    public static string Message(string signingKey, string entity = DefaultEntity)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingKey);
        ArgumentException.ThrowIfNullOrEmpty(entity);
        if (!IsEntity(entity))
        {
            throw new ArgumentException(
                $"The entity must be one line of Unicode text of at most {MaxEntityBytes} UTF-8 bytes.", nameof(entity));
        }
        return Prefix + entity + Suffix + "\n" + signingKey;
    }

    /// <summary>
    /// Extracts the key text from a registration message as a new registration must be: of the shape, with an entity of
    /// at most <see cref="MaxEntityBytes"/>; false otherwise.
    /// </summary>
    internal static bool TryReadNewKey([NotNullWhen(true)] string? message, out string key) =>
        TryReadKey(message, out key) && Encoding.UTF8.GetByteCount(Entity(message)) <= MaxEntityBytes;

    /// <summary>
    /// Extracts the key text from a registration message; false when the message has another shape. Registrations
    /// logged before the entity was bounded still read.
    /// </summary>
    internal static bool TryReadKey([NotNullWhen(true)] string? message, out string key)
    {
        key = "";
        if (message is null || message.Length > SignedMessage.MaxBytes || !message.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var lineBreak = message.IndexOf('\n');
        if (lineBreak < 0 || message.IndexOf('\n', lineBreak + 1) >= 0
            || lineBreak < Prefix.Length + 1 + Suffix.Length || !message.AsSpan(0, lineBreak).EndsWith(Suffix, StringComparison.Ordinal))
        {
            return false;
        }
        // A lone surrogate has no UTF-8 form: no wallet could sign the text as it reads.
        key = message[(lineBreak + 1)..];
        return key.Length > 0 && !Entity(message).Contains('\r') && MessageHash.HasUtf8Form(message)
            && Encoding.UTF8.GetByteCount(message) <= SignedMessage.MaxBytes;
    }

    /// <summary>The entity of a message of the registration's shape.</summary>
    private static ReadOnlySpan<char> Entity(string message) =>
        message.AsSpan(Prefix.Length, message.IndexOf('\n') - Prefix.Length - Suffix.Length);

    private static bool IsEntity(ReadOnlySpan<char> entity) =>
        !entity.ContainsAny('\n', '\r') && MessageHash.HasUtf8Form(entity) && Encoding.UTF8.GetByteCount(entity) <= MaxEntityBytes;
}
