using System.Security.Cryptography;
using System.Text;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>A P-256 device key that signs as WebCrypto does (SHA-256, IEEE P1363 r||s).</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public TestSigningKey() => Spki = Convert.ToBase64String(_key.ExportSubjectPublicKeyInfo());

    /// <summary>Base64 of the SubjectPublicKeyInfo.</summary>
    public string Spki { get; }

    public string Sign(string message) =>
        "0x" + Convert.ToHexStringLower(_key.SignData(Encoding.UTF8.GetBytes(message), HashAlgorithmName.SHA256));

    public string SignDer(string message) =>
        "0x" + Convert.ToHexStringLower(_key.SignData(
            Encoding.UTF8.GetBytes(message), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    public void Dispose() => _key.Dispose();
}
