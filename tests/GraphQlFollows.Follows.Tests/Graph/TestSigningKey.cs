using System.Security.Cryptography;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>A fresh P-256 device key that signs as WebCrypto does (SHA-256, IEEE P1363 r||s).</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly SigningKeyPair _key = SigningKeyPair.Create();

    /// <summary>Base64 of the SubjectPublicKeyInfo.</summary>
    public string Spki => _key.PublicKey.Text;

    public string Sign(string message) => _key.Sign(message);

    public string SignDer(string message) => _key.Sign(message, DSASignatureFormat.Rfc3279DerSequence);

    public void Dispose() => _key.Dispose();
}
