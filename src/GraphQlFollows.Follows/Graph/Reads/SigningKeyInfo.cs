using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph.Reads;

/// <param name="Key">Base64 SubjectPublicKeyInfo.</param>
/// <param name="RevokedAt">Server time of the revocation, or null while the key may sign.</param>
public sealed record SigningKeyInfo(
    string Key, EvmAddress Address, string AuthMessage, string AuthSignature, long RegisteredAt, long? RevokedAt);
