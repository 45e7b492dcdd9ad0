using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.Writes;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Graph;

public sealed partial class FollowGraph
{
    /// <inheritdoc cref="DecideProfileAsync"/>
    public Task<CreateProfileResult> CreateProfileAsync(CreateProfileRequest request, CancellationToken cancellationToken = default) =>
        Observe(OperationKinds.CreateProfile, request, cancellationToken, static (graph, r, token) => graph.DecideProfileAsync(r, token), static r => r.Status);

    /// <summary>
    /// Claims a handle for the wallet, which signs <c>{"op":"createProfile","address":…,"handle":…,"ts":…}</c>
    /// (EIP-191). Checks, in order: the address; the message (its address and handle those of the request, at
    /// most 4 KiB); the handle (3 to 20 of <c>a-z 0-9 _</c>); the clock window; the wallet signature;
    /// then, at commit, the rate and whether the handle is free. The byte-identical message that claimed it is SUCCESS again.
    /// </summary>
    private async Task<CreateProfileResult> DecideProfileAsync(CreateProfileRequest request, CancellationToken cancellationToken)
    {
        var now = NowMs();
        if (!EvmAddress.TryParse(request.Address, out var address))
        {
            return new(CreateProfileStatus.InvalidAddress, now);
        }
        if (!TryReadHandleMessage(request.Message, OperationKinds.CreateProfile, address, request.Handle, out var message))
        {
            return new(CreateProfileStatus.InvalidMessage, now);
        }
        if (!Handles.IsValid(message.Handle))
        {
            return new(CreateProfileStatus.InvalidHandle, now);
        }
        if (!_window.Contains(message.Ts, now))
        {
            return new(CreateProfileStatus.MessageExpired, now);
        }
        if (request.Signature is null || !WalletSignature.Verify(request.Message, request.Signature, address))
        {
            return new(CreateProfileStatus.InvalidSignature, now);
        }
        return await SubmitAsync(
            new CreateProfileWrite(address.Value, message.Handle!, message.Ts, request.Message, request.Signature), cancellationToken);
    }
}
