using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphQlFollows.Follows.Tests.Signatures;

/// <summary>
/// The vectors in Vectors/signature-vectors.json, made with ethers and WebCrypto by
/// tests/vectors/make-signature-vectors.mjs. Tests take a vector's name and look it up here.
/// </summary>
public static class SignatureVectors
{
    private static readonly Lazy<VectorFile> File = new(Load);

    public static IReadOnlyList<KeccakVector> Keccak256 => File.Value.Keccak256;

    public static IReadOnlyList<WalletSignatureVector> WalletSignatures => File.Value.WalletSignatures;

    public static IReadOnlyList<AddressVector> Addresses => File.Value.Addresses;

    public static IReadOnlyList<SigningKeyVector> SigningKeys => File.Value.SigningKeys;

    public static IReadOnlyList<SigningKeySignatureVector> SigningKeySignatures => File.Value.SigningKeySignatures;

    public static TheoryData<string> NamesOf<T>(IEnumerable<T> vectors)
        where T : INamedVector => new(vectors.Select(vector => vector.Name));

    public static T Named<T>(IEnumerable<T> vectors, string name)
        where T : INamedVector => vectors.Single(vector => vector.Name == name);

    private static VectorFile Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Vectors", "signature-vectors.json");
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        return JsonSerializer.Deserialize<VectorFile>(System.IO.File.ReadAllText(path), options)
            ?? throw new InvalidDataException($"{path} holds no vectors.");
    }

    private sealed record VectorFile(
        [property: JsonRequired] List<KeccakVector> Keccak256,
        [property: JsonRequired] List<WalletSignatureVector> WalletSignatures,
        [property: JsonRequired] List<AddressVector> Addresses,
        [property: JsonRequired] List<SigningKeyVector> SigningKeys,
        [property: JsonRequired] List<SigningKeySignatureVector> SigningKeySignatures);
}

public interface INamedVector
{
    string Name { get; }
}

public sealed record KeccakVector(string Name, string Data, string Hash) : INamedVector;

public sealed record WalletSignatureVector(
    string Name, string Message, string Signature, string ClaimedAddress, string? RecoveredAddress, bool Valid) : INamedVector;

public sealed record AddressVector(string Name, string Text, bool Valid, string? Normalized, string? Checksummed) : INamedVector;

public sealed record SigningKeyVector(string Name, string Text, bool Valid, string? Canonical) : INamedVector;

public sealed record SigningKeySignatureVector(
    string Name, string SigningKey, string Message, string Signature, bool Valid) : INamedVector;
