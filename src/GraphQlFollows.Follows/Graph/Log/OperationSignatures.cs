using GraphQlFollows.Follows.Graph.Keys;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>
/// Checks each logged operation as a third party would: its content is the signed message of its kind about its
/// address, handles, key and <c>ts</c>; the wallet (EIP-191) signed the key operations and profile claims, the
/// signing key (P-256) the follows, unfollows, batches, blocks and unblocks; and the key's authorisation carried by an operation names the key
/// and is signed by the wallet. Whether the key was registered to the address and still active is the replay's
/// check (<see cref="LogReplay"/>).
/// </summary>
internal sealed class OperationSignatures(LogFindings findings)
{
    private readonly SigningKeyVerifier _verifier = new();

    // A key signs many operations, each carrying the same authorisation: its wallet signature is recovered once.
    private readonly HashSet<(string Address, string Message, string Signature)> _verifiedAuthorisations = [];

    public void Check(Operation operation)
    {
        var problem = EvmAddress.TryParse(operation.Address, out var address)
            ? operation.Kind switch
            {
                OperationKinds.RegisterSigningKey => CheckRegistration(operation, address),
                OperationKinds.RevokeSigningKey => CheckRevocation(operation, address),
                OperationKinds.CreateProfile => CheckProfileClaim(operation, address),
                OperationKinds.Follow or OperationKinds.Unfollow => CheckPair(operation, address),
                OperationKinds.BatchFollow or OperationKinds.BatchUnfollow => CheckBatch(operation, address),
                OperationKinds.Block or OperationKinds.Unblock => CheckBlock(operation, address),
                _ => $"unknown kind '{operation.Kind}'",
            }
            : "address is not an EVM address";
        if (problem is not null)
        {
            findings.Add(LogFindingKind.Signature, operation.Position, problem);
        }
    }

    private static string? CheckRegistration(Operation operation, EvmAddress address) =>
        KeyAuthorization.TryReadKey(operation.Content, out var named) && IsKey(named, operation.SigningKey)
            ? WalletProblem(operation.Content, operation.Signature, address, "wallet signature")
            : "the registration message does not name the signing key";

    private string? CheckRevocation(Operation operation, EvmAddress address) =>
        SignedMessage.TryParse(operation.Content, OperationKinds.RevokeSigningKey, MessageFields.SigningKey, out var message)
        && FollowGraph.IsAddress(message.Address, address) && message.Ts == operation.Ts
        && IsKey(message.SigningKey, operation.SigningKey)
            ? WalletProblem(operation.Content, operation.Signature, address, "wallet signature")
                ?? AuthorisationProblem(operation, address)
            : ContentProblem(operation);

    private static string? CheckProfileClaim(Operation operation, EvmAddress address) =>
        FollowGraph.TryReadHandleMessage(operation.Content, operation.Kind, address, operation.Handles, out var message)
        && message.Ts == operation.Ts && Handles.IsValid(operation.Handles)
            ? WalletProblem(operation.Content, operation.Signature, address, "wallet signature")
            : ContentProblem(operation);

    private string? CheckPair(Operation operation, EvmAddress address) =>
        FollowGraph.TryReadHandleMessage(operation.Content, operation.Kind, address, operation.Handles, out var message)
        && message.Ts == operation.Ts
            ? KeySignatureProblem(operation) ?? AuthorisationProblem(operation, address)
            : ContentProblem(operation);

    /// <summary>The logged handles are those the batch changed: each must be one the message names.</summary>
    private string? CheckBatch(Operation operation, EvmAddress address) =>
        SignedMessage.TryParse(operation.Content, operation.Kind, MessageFields.Handles, out var message)
        && FollowGraph.IsAddress(message.Address, address) && message.Ts == operation.Ts && operation.Handles.Length > 0
        && operation.Handles.Split(',').All(message.Handles!.Contains)
            ? KeySignatureProblem(operation) ?? AuthorisationProblem(operation, address)
            : ContentProblem(operation);

    /// <summary>A block names its profile (the logged handle), its owner (the address) and a target address.</summary>
    private string? CheckBlock(Operation operation, EvmAddress address) =>
        SignedMessage.TryParse(operation.Content, operation.Kind, MessageFields.Handle | MessageFields.Target, out var message)
        && FollowGraph.IsAddress(message.Address, address) && message.Ts == operation.Ts
        && message.Handle == operation.Handles && EvmAddress.TryParse(message.Target, out _)
            ? KeySignatureProblem(operation) ?? AuthorisationProblem(operation, address)
            : ContentProblem(operation);

    private string? KeySignatureProblem(Operation operation) =>
        SigningKey.TryParse(operation.SigningKey, out var key) && _verifier.Verify(key, operation.Content, operation.Signature)
            ? null
            : "signing-key signature does not verify";

    private string? AuthorisationProblem(Operation operation, EvmAddress address)
    {
        if (operation.SigningKeyAuthMessage is not { } message || operation.SigningKeyAuthSignature is not { } signature)
        {
            return "carries no authorisation of its signing key";
        }
        if (!KeyAuthorization.TryReadKey(message, out var named) || !IsKey(named, operation.SigningKey))
        {
            return "the authorisation does not name the signing key";
        }
        if (_verifiedAuthorisations.Contains((operation.Address, message, signature)))
        {
            return null;
        }
        var problem = WalletProblem(message, signature, address, "authorisation's wallet signature");
        if (problem is null)
        {
            _verifiedAuthorisations.Add((operation.Address, message, signature));
        }
        return problem;
    }

    private static string? WalletProblem(string message, string signature, EvmAddress address, string what) =>
        WalletSignature.Verify(message, signature, address) ? null : $"{what} does not verify";

    private static string ContentProblem(Operation operation) =>
        $"content is not a {operation.Kind} message of the operation's address, handles, key and ts";

    /// <summary>Whether <paramref name="text"/> is the P-256 key the log names as <paramref name="logged"/> (its canonical text).</summary>
    private static bool IsKey(string? text, string? logged) =>
        SigningKey.TryParse(text, out var key) && string.Equals(key.Text, logged, StringComparison.Ordinal);
}
