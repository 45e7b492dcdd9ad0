using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Tests.Graph;

namespace GraphQlFollows.Server.Tests;

/// <summary>A wallet with its device key, writing to a running server over HTTP with messages signed for real.</summary>
internal sealed class SignedWriter(RunningServer server) : IDisposable
{
    private const string Register = "mutation($input: RegisterSigningKeyRequest!) { registerSigningKey(input: $input) { status } }";
    private const string CreateProfile = "mutation($input: CreateProfileRequest!) { createProfile(input: $input) { status } }";
    private const string Follow = "mutation($input: FollowRequest!) { follow(input: $input) { status } }";
    private const string BatchFollow = "mutation($input: BatchFollowRequest!) { batchFollow(input: $input) { status } }";
    private const string Block = "mutation($input: BlockRequest!) { block(input: $input) { status } }";
    private const string Unblock = "mutation($input: BlockRequest!) { unblock(input: $input) { status } }";

    private long _lastTs;

    public TestWallet Wallet { get; } = new();
    public TestSigningKey Key { get; } = new();

    private static long NowMs => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>Registers the device key; with <paramref name="handle"/>, claims that profile too.</summary>
    public async Task JoinAsync(string? handle = null)
    {
        var authorization = GraphHarness.AuthorizationMessage(Key.Spki);
        Assert.Equal("SUCCESS", await StatusAsync(Register, "registerSigningKey",
            new { address = Wallet.Text, message = authorization, signature = Wallet.Sign(authorization) }));
        if (handle is not null)
        {
            var claim = GraphHarness.ProfileMessage(Wallet.Text, handle, NowMs);
            Assert.Equal("SUCCESS", await StatusAsync(CreateProfile, "createProfile",
                new { address = Wallet.Text, handle, message = claim, signature = Wallet.Sign(claim) }));
        }
    }

    /// <summary>Follows <paramref name="handle"/>; with <paramref name="forged"/>, signs another message than the one sent.</summary>
    public Task<string> FollowAsync(string handle, bool forged = false)
    {
        var message = GraphHarness.PairMessage("follow", Wallet.Text, handle, NowMs);
        var signature = Key.Sign(forged ? message + " " : message);
        return StatusAsync(Follow, "follow", new { address = Wallet.Text, handle, message, signature, signingKey = Key.Spki });
    }

    /// <summary>Follows every handle of <paramref name="handles"/> in one signed batch.</summary>
    public Task<string> BatchFollowAsync(params string[] handles)
    {
        var message = GraphHarness.BatchMessage(Wallet.Text, handles, NextTs(), "batchFollow");
        return StatusAsync(BatchFollow, "batchFollow",
            new { address = Wallet.Text, handles, message, signature = Key.Sign(message), signingKey = Key.Spki });
    }

    /// <summary>Blocks <paramref name="target"/> from the profile <paramref name="handle"/>, which this wallet owns.</summary>
    public Task<string> BlockAsync(string handle, string target) => BlockOrUnblockAsync(Block, "block", handle, target);

    public Task<string> UnblockAsync(string handle, string target) => BlockOrUnblockAsync(Unblock, "unblock", handle, target);

    public void Dispose() => Key.Dispose();

    private Task<string> BlockOrUnblockAsync(string mutation, string op, string handle, string target)
    {
        var message = GraphHarness.BlockMessage(op, Wallet.Text, handle, target, NextTs());
        return StatusAsync(mutation, op,
            new { address = Wallet.Text, handle, target, message, signature = Key.Sign(message), signingKey = Key.Spki });
    }

    // Newer than this writer's last message, so that writes to the same pair within a millisecond are not replays.
    private long NextTs() => _lastTs = Math.Max(NowMs, _lastTs + 1);

    private async Task<string> StatusAsync(string mutation, string field, object input)
    {
        using var response = await server.PostAsync(mutation, new { input });
        var body = await GraphQLResponse.ReadAsync(response);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("data").GetProperty(field).GetProperty("status").GetString()!;
    }
}
