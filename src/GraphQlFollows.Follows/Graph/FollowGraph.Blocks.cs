using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.Writes;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph;

public sealed partial class FollowGraph
{
    /// <summary>
    /// Blocks <see cref="BlockRequest.Target"/> from the profile: its follow of the profile ends in the same commit,
    /// and while the block holds the profile is HANDLE_NOT_FOUND to its follows and unfollows. The checks are those
    /// of a follow, in its order (see <see cref="DecideBlockAsync"/>).
    /// </summary>
    public Task<FollowResult> BlockAsync(BlockRequest request, CancellationToken cancellationToken = default) =>
        Observe(OperationKinds.Block, request, cancellationToken,
            static (graph, r, token) => graph.DecideBlockAsync(r, block: true, token), static r => r.Status);

    /// <summary>Lifts a block, so that the target may follow the profile again.</summary>
    public Task<FollowResult> UnblockAsync(BlockRequest request, CancellationToken cancellationToken = default) =>
        Observe(OperationKinds.Unblock, request, cancellationToken,
            static (graph, r, token) => graph.DecideBlockAsync(r, block: false, token), static r => r.Status);

    /// <summary>
    /// The contract's checks of a follow, in order: 1 address (and target) well-formed; 2 message (JSON object of
    /// the request's op, address, handle and target, at most 4 KiB); 3 clock window; 4 signing key; 5 signature;
    /// then, at commit (see <see cref="BlockWrite"/>), 6 rate; 7 handle exists; 8 newer than the (handle, target)
    /// pair's last block or unblock; 9 the address owns the profile and is not the target; 10 not already done;
    /// 11 applied.
    /// </summary>
    private async Task<FollowResult> DecideBlockAsync(BlockRequest request, bool block, CancellationToken cancellationToken)
    {
        var now = NowMs();
        if (!EvmAddress.TryParse(request.Address, out var address) || !EvmAddress.TryParse(request.Target, out var target))
        {
            return new(FollowStatus.InvalidAddress, now);
        }
        var op = block ? OperationKinds.Block : OperationKinds.Unblock;
        if (!SignedMessage.TryParse(request.Message, op, MessageFields.Handle | MessageFields.Target, out var message)
            || !IsAddress(message.Address, address) || message.Handle != request.Handle || !IsAddress(message.Target!, target))
        {
            return new(FollowStatus.InvalidMessage, now);
        }
        var (failure, key) = await AuthenticateAsync(address, message.Ts, request.Message, request.Signature, request.SigningKey, now);
        if (failure is { } status)
        {
            return new(status, now);
        }
        return await SubmitAsync(
            new BlockWrite(address.Value, message.Handle!, target.Value, block, message.Ts, request.Message, request.Signature!, key),
            cancellationToken);
    }
}
