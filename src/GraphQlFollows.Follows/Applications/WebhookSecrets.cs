using System.Security.Cryptography;
using System.Text;

namespace GraphQlFollows.Follows.Applications;

/// <summary>
/// Keeps webhook secrets in the database encrypted with AES-256-GCM under a key the database does not hold, so that
/// reading the database does not give them. The sender must sign with the secret itself, so it is encrypted, not
/// hashed. A stored secret reads <c>aes-gcm:</c> and the base64 of nonce, ciphertext and tag; the webhook's name is
/// bound to it, so a secret copied to another webhook's row does not decrypt.
/// </summary>
public sealed class WebhookSecrets
{
    /// <summary>The key's length: 32 bytes, AES-256.</summary>
    public const int KeyBytes = 32;

    private const string Prefix = "aes-gcm:";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly Lazy<byte[]> _key;

    /// <param name="key">Gives the key when a secret is first encrypted or decrypted, so that a store without webhooks never needs one.</param>
    public WebhookSecrets(Func<byte[]> key) =>
        _key = new Lazy<byte[]>(() => key() is { Length: KeyBytes } bytes
            ? bytes
            : throw new InvalidOperationException($"The webhook secrets' key must be {KeyBytes} bytes."));

    /// <summary>Whether a stored secret is encrypted; secrets stored before encryption are kept as they were given.</summary>
    public static bool IsProtected(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The secret of the webhook <paramref name="name"/> as the database keeps it.</summary>
    public string Protect(string name, string secret)
    {
        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key.Value, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes, plain.Length), sealedBytes.AsSpan(NonceBytes + plain.Length), Encoding.UTF8.GetBytes(name));
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>
    /// The secret of the webhook <paramref name="name"/> from what the database keeps; false when it was encrypted under
    /// another key or for another webhook. A secret stored before encryption is given as it is.
    /// </summary>
    public bool TryUnprotect(string name, string stored, out string secret)
    {
        secret = stored;
        if (!IsProtected(stored))
        {
            return true;
        }
        secret = "";
        var sealedBytes = new byte[(stored.Length - Prefix.Length) * 3 / 4];
        if (!Convert.TryFromBase64String(stored[Prefix.Length..], sealedBytes, out var length) || length < NonceBytes + TagBytes)
        {
            return false;
        }
        var cipherLength = length - NonceBytes - TagBytes;
        var plain = new byte[cipherLength];
        using var aes = new AesGcm(_key.Value, TagBytes);
        try
        {
            aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes, cipherLength),
                sealedBytes.AsSpan(NonceBytes + cipherLength, TagBytes), plain, Encoding.UTF8.GetBytes(name));
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }
        secret = Encoding.UTF8.GetString(plain);
        return true;
    }
}
