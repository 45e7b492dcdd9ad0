using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace GraphQlFollows.Follows.Signatures;

/// <summary>
/// A device signing key: an ECDSA P-256 public key, sent as base64 of its DER SubjectPublicKeyInfo
/// (what WebCrypto's <c>exportKey("spki", ...)</c> gives).
/// </summary>
public sealed class SigningKey : IEquatable<SigningKey>
{
    // 91 bytes for an uncompressed P-256 key; anything much longer cannot be one.
    private const int MaxSpkiLength = 256;
    private const int MaxTextLength = 2 * MaxSpkiLength;
    private const string P256Oid = "1.2.840.10045.3.1.7";

    // Clients send the same key with every operation; parsing it again each time would cost a key import.
    private static readonly BoundedCache<SigningKey> RecentlyParsed = new(capacity: 16_384);

    private readonly byte[] _subjectPublicKeyInfo;

    private SigningKey(byte[] subjectPublicKeyInfo)
    {
        _subjectPublicKeyInfo = subjectPublicKeyInfo;
        Text = Convert.ToBase64String(subjectPublicKeyInfo);
    }

    /// <summary>The canonical text: base64 (with padding, no whitespace) of the DER SubjectPublicKeyInfo with an uncompressed point.</summary>
    public string Text { get; }

    /// <summary>The DER SubjectPublicKeyInfo.</summary>
    public ReadOnlySpan<byte> SubjectPublicKeyInfo => _subjectPublicKeyInfo;

    /// <summary>
    /// Parses a base64 SubjectPublicKeyInfo. Only id-ecPublicKey on the named curve prime256v1 with a
    /// point on the curve is accepted; other algorithms, curves, trailing bytes and bad base64 are not.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? base64Spki, [NotNullWhen(true)] out SigningKey? key)
    {
        key = null;
        if (base64Spki is null || base64Spki.Length > MaxTextLength)
        {
            return false;
        }

        if (RecentlyParsed.TryGetValue(base64Spki, out key))
        {
            return true;
        }

        Span<byte> spki = stackalloc byte[MaxSpkiLength];
        if (!Convert.TryFromBase64String(base64Spki, spki, out var length)
            || !TryImportP256(spki[..length], out var canonical))
        {
            return false;
        }

        key = RecentlyParsed.GetOrAdd(base64Spki, new SigningKey(canonical));
        return true;
    }

    /// <summary>Imports the key, for verification. The caller owns the returned instance.</summary>
    internal ECDsa Import()
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(_subjectPublicKeyInfo, out _);
        return ecdsa;
    }

    public bool Equals([NotNullWhen(true)] SigningKey? other) =>
        other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as SigningKey);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Text;

    /// <summary>
    /// Lets the platform parse the DER and check that the point lies on the curve, then keeps the key only
    /// if it is P-256 by name; re-exporting gives the canonical encoding. Whatever the platform cannot read is
    /// not a key.
    /// </summary>
    private static bool TryImportP256(ReadOnlySpan<byte> spki, [NotNullWhen(true)] out byte[]? canonical)
    {
        canonical = null;
        using var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportSubjectPublicKeyInfo(spki, out var bytesRead);
            if (bytesRead != spki.Length || !IsNamedP256(ecdsa.ExportParameters(includePrivateParameters: false).Curve))
            {
                return false;
            }

            canonical = ecdsa.ExportSubjectPublicKeyInfo();
            return true;
        }
        catch (Exception exception) when (exception is CryptographicException or PlatformNotSupportedException)
        {
            // Malformed DER, a point off the curve, or a curve (such as one whose OID was altered) the platform does not know.
            return false;
        }
    }

    private static bool IsNamedP256(ECCurve curve) => curve.IsNamed && curve.Oid.Value == P256Oid;
}
