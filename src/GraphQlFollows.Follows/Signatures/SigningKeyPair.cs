using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace GraphQlFollows.Follows.Signatures;

/// <summary>
/// A P-256 device key with its private half, signing as a WebCrypto client does: ECDSA with SHA-256 over the
/// UTF-8 message, written <c>0x</c> and the hex of the 64-byte IEEE P1363 <c>r || s</c>. For tests and
/// demonstrations: browsers keep the private half in WebCrypto instead.
/// </summary>
public sealed class SigningKeyPair : IDisposable
{
    private readonly ECDsa _key;

    private SigningKeyPair(ECDsa key)
    {
        _key = key;
        if (!SigningKey.TryParse(Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()), out var publicKey))
        {
            key.Dispose();
            throw new CryptographicException("The key is not a P-256 key.");
        }

        PublicKey = publicKey;
    }

    /// <summary>The public half, whose <see cref="SigningKey.Text"/> is what the API calls the signing key.</summary>
    public SigningKey PublicKey { get; }

    public static SigningKeyPair Create() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    /// <summary>Reads base64 of a PKCS#8 private key; false unless it is a P-256 key and nothing else.</summary>
    public static bool TryImportPkcs8([NotNullWhen(true)] string? base64Pkcs8, [NotNullWhen(true)] out SigningKeyPair? pair)
    {
        pair = null;
        var key = ECDsa.Create();
        try
        {
            var bytes = Convert.FromBase64String(base64Pkcs8 ?? "");
            key.ImportPkcs8PrivateKey(bytes, out var bytesRead);
            if (bytesRead == bytes.Length)
            {
                pair = new SigningKeyPair(key);
                return true;
            }
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException)
        {
        }

        key.Dispose();
        return false;
    }

    /// <summary>Base64 of the PKCS#8 private key, which <see cref="TryImportPkcs8"/> reads back.</summary>
    public string ExportPkcs8() => Convert.ToBase64String(_key.ExportPkcs8PrivateKey());

    /// <summary>The signature of the UTF-8 <paramref name="message"/>, in the P1363 form unless another is asked.</summary>
    /// <exception cref="ArgumentException">The message holds a lone surrogate and so has no UTF-8 form.</exception>
    public string Sign(string message, DSASignatureFormat format = DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
    {
        ArgumentNullException.ThrowIfNull(message);
        Span<byte> hash = stackalloc byte[MessageHash.HashSizeInBytes];
        if (!MessageHash.TrySha256(message, hash))
        {
            throw new ArgumentException("The message holds a lone surrogate and cannot be encoded as UTF-8.", nameof(message));
        }

        return "0x" + Convert.ToHexStringLower(_key.SignHash(hash, format));
    }

    public void Dispose() => _key.Dispose();
}
