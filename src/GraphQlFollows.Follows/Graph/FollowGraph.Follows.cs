using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.Writes;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph;

public sealed partial class FollowGraph
{
    /// <summary>Follows a profile; the checks are the contract's, in its order (see <see cref="DecidePairAsync"/>).</summary>
    public Task<FollowResult> FollowAsync(FollowRequest request, CancellationToken cancellationToken = default) =>
        Observe(OperationKinds.Follow, request, cancellationToken,
            static (graph, r, token) => graph.DecidePairAsync(r, follow: true, token), static r => r.Status);

    /// <summary>Unfollows a profile; the checks are the contract's, in its order (see <see cref="DecidePairAsync"/>).</summary>
    public Task<FollowResult> UnfollowAsync(FollowRequest request, CancellationToken cancellationToken = default) =>
        Observe(OperationKinds.Unfollow, request, cancellationToken,
            static (graph, r, token) => graph.DecidePairAsync(r, follow: false, token), static r => r.Status);

    /// <summary>
    /// Follows up to 20 distinct handles under one signing-key signature over
    /// <c>{"op":"batchFollow","address":…,"handles":[…],"ts":…}</c>; see <see cref="DecideBatchAsync"/>.
    /// </summary>
    public Task<BatchResult> BatchFollowAsync(BatchRequest request, CancellationToken cancellationToken = default) =>
        Observe(OperationKinds.BatchFollow, request, cancellationToken,
            static (graph, r, token) => graph.DecideBatchAsync(r, follow: true, token), static r => r.Status);

    /// <summary>
    /// Unfollows up to 20 distinct handles under one signing-key signature over
    /// <c>{"op":"batchUnfollow","address":…,"handles":[…],"ts":…}</c>; see <see cref="DecideBatchAsync"/>.
    /// </summary>
    public Task<BatchResult> BatchUnfollowAsync(BatchRequest request, CancellationToken cancellationToken = default) =>
        Observe(OperationKinds.BatchUnfollow, request, cancellationToken,
            static (graph, r, token) => graph.DecideBatchAsync(r, follow: false, token), static r => r.Status);

    /// <summary>
    /// Checks 1 to 6 apply to the whole request (the rate limit costs one permit per handle); checks 7 to 11 to
    /// each handle. A message naming a handle twice is INVALID_MESSAGE: the answer has one status per handle listed.
    /// </summary>
    private async Task<BatchResult> DecideBatchAsync(BatchRequest request, bool follow, CancellationToken cancellationToken)
    {
        var now = NowMs();
        if (!EvmAddress.TryParse(request.Address, out var address))
        {
            return BatchResults.AllFailed(FollowStatus.InvalidAddress, now, request.Handles);
        }
        var op = follow ? OperationKinds.BatchFollow : OperationKinds.BatchUnfollow;
        if (!SignedMessage.TryParse(request.Message, op, MessageFields.Handles, out var message)
            || !IsAddress(message.Address, address) || !TryReadBatchHandles(message.Handles!, request.Handles, out var handles))
        {
            return BatchResults.AllFailed(FollowStatus.InvalidMessage, now, request.Handles);
        }
        var (failure, key) = await AuthenticateAsync(address, message.Ts, request.Message, request.Signature, request.SigningKey, now);
        if (failure is { } status)
        {
            return BatchResults.AllFailed(status, now, handles);
        }
        return await SubmitAsync(
            new BatchPairWrite(address.Value, handles, follow, message.Ts, request.Message, request.Signature!, key), cancellationToken);
    }

    /// <summary>
    /// The contract's checks, in order: 1 address; 2 message (JSON object of the request's op, address and
    /// handle, at most 4 KiB); 3 clock window; 4 signing key (P-256, registered to the address, not revoked);
    /// 5 signature; then, at commit, 6 rate; 7 handle exists; 8 newer than the pair's last accepted operation
    /// (an identical retry is SUCCESS); 9 not the address's own profile; 10 not already done; 11 applied.
    /// </summary>
    private async Task<FollowResult> DecidePairAsync(FollowRequest request, bool follow, CancellationToken cancellationToken)
    {
        var now = NowMs();
        if (!EvmAddress.TryParse(request.Address, out var address))
        {
            return new(FollowStatus.InvalidAddress, now);
        }
        var op = follow ? OperationKinds.Follow : OperationKinds.Unfollow;
        if (!TryReadHandleMessage(request.Message, op, address, request.Handle, out var message))
        {
            return new(FollowStatus.InvalidMessage, now);
        }
        var (failure, key) = await AuthenticateAsync(address, message.Ts, request.Message, request.Signature, request.SigningKey, now);
        if (failure is { } status)
        {
            return new(status, now);
        }
        return await SubmitAsync(
            new PairWrite(address.Value, message.Handle!, follow, message.Ts, request.Message, request.Signature!, key), cancellationToken);
    }

    /// <summary>
    /// Checks 3 to 5, shared by the signing-key operations; on success gives the key's canonical text. The rate (6)
    /// is the writer's first check, since its buckets are shared by every instance writing the database.
    /// </summary>
    private async Task<(FollowStatus? Failure, string SigningKey)> AuthenticateAsync(
        EvmAddress address, long ts, string message, string? signature, string? signingKey, long now)
    {
        if (!_window.Contains(ts, now))
        {
            return (FollowStatus.MessageExpired, "");
        }
        if (!SigningKey.TryParse(signingKey, out var key) || await FindActiveOwnerAsync(key.Text) != address.Value)
        {
            return (FollowStatus.InvalidSigningKey, "");
        }
        if (signature is null || !_verifier.Verify(key, message, signature))
        {
            // The key may have been found in memory while another instance was revoking it: a refusal names the
            // key first when the database says so.
            var refusal = await IsActiveKeyOfAsync(key.Text, address) ? FollowStatus.InvalidSignature : FollowStatus.InvalidSigningKey;
            return (refusal, "");
        }
        return (null, key.Text);
    }

    /// <summary>The handles of a batch message: 1 to 20, each once, and the request's list when it has one.</summary>
    private static bool TryReadBatchHandles(
        IReadOnlyList<string> messageHandles, IReadOnlyList<string>? requestHandles, out IReadOnlyList<string> handles)
    {
        handles = messageHandles;
        return messageHandles.Count is > 0 and <= FollowGraphOptions.MaxBatchHandles
            && messageHandles.Distinct(StringComparer.Ordinal).Count() == messageHandles.Count
            && (requestHandles is null || requestHandles.SequenceEqual(messageHandles, StringComparer.Ordinal));
    }
}
