using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph;

public sealed partial class FollowGraph
{
    /// <summary>Follows a profile; the checks are the contract's, in its order (see <see cref="DecidePairAsync"/>).</summary>
    public Task<FollowResult> FollowAsync(FollowRequest request) =>
        Observe(OperationKinds.Follow, request, static (graph, r) => graph.DecidePairAsync(r, follow: true), static r => r.Status);

    /// <summary>Unfollows a profile; the checks are the contract's, in its order (see <see cref="DecidePairAsync"/>).</summary>
    public Task<FollowResult> UnfollowAsync(FollowRequest request) =>
        Observe(OperationKinds.Unfollow, request, static (graph, r) => graph.DecidePairAsync(r, follow: false), static r => r.Status);

    /// <summary>
    /// Unfollows up to 20 distinct handles under one signing-key signature over
    /// <c>{"op":"batchUnfollow","address":…,"handles":[…],"ts":…}</c>. Checks 1 to 6 apply to the whole request
    /// (the rate limit costs one permit per handle); checks 7 to 11 to each handle. Repeated handles count once.
    /// </summary>
    public Task<BatchUnfollowResult> BatchUnfollowAsync(BatchUnfollowRequest request) =>
        Observe(OperationKinds.BatchUnfollow, request, static (graph, r) => graph.DecideBatchUnfollowAsync(r), static r => r.Status);

    /// <inheritdoc cref="BatchUnfollowAsync"/>
    private async Task<BatchUnfollowResult> DecideBatchUnfollowAsync(BatchUnfollowRequest request)
    {
        var now = NowMs();
        if (!EvmAddress.TryParse(request.Address, out var address))
        {
            return BatchUnfollowResults.AllFailed(FollowStatus.InvalidAddress, now, request.Handles);
        }
        if (!SignedMessage.TryParse(request.Message, OperationKinds.BatchUnfollow, MessageFields.Handles, out var message)
            || !IsAddress(message.Address, address) || !TryReadBatchHandles(message.Handles!, request.Handles, out var handles))
        {
            return BatchUnfollowResults.AllFailed(FollowStatus.InvalidMessage, now, request.Handles);
        }
        var (failure, key) = await AuthenticateAsync(address, message.Ts, request.Message, request.Signature, request.SigningKey, now);
        if (failure is { } status)
        {
            return BatchUnfollowResults.AllFailed(status, now, handles);
        }
        return await SubmitAsync(
            new BatchUnfollowWrite(address.Value, handles, message.Ts, request.Message, request.Signature!, key));
    }

    /// <summary>
    /// The contract's checks, in order: 1 address; 2 message (JSON object of the request's op, address and
    /// handle, at most 4 KiB); 3 clock window; 4 signing key (P-256, registered to the address, not revoked);
    /// 5 signature; then, at commit, 6 rate; 7 handle exists; 8 newer than the pair's last accepted operation
    /// (an identical retry is SUCCESS); 9 not the address's own profile; 10 not already done; 11 applied.
    /// </summary>
    private async Task<FollowResult> DecidePairAsync(FollowRequest request, bool follow)
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
            new PairWrite(address.Value, message.Handle!, follow, message.Ts, request.Message, request.Signature!, key));
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

    /// <summary>The distinct handles of a batch message (1 to 20), which must match the request's list when it has one.</summary>
    private static bool TryReadBatchHandles(
        IReadOnlyList<string> messageHandles, IReadOnlyList<string>? requestHandles, out IReadOnlyList<string> handles)
    {
        handles = messageHandles.Distinct(StringComparer.Ordinal).ToArray();
        return handles.Count is > 0 and <= FollowGraphOptions.MaxBatchHandles
            && (requestHandles is null || requestHandles.SequenceEqual(messageHandles, StringComparer.Ordinal));
    }
}
