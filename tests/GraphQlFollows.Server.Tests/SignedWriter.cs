using GraphQlFollows.Follows.Tests.Graph;

namespace GraphQlFollows.Server.Tests;

/// <summary>A wallet with its device key, writing to a running server over HTTP with messages signed for real.</summary>
internal sealed class SignedWriter(RunningServer server) : IDisposable
{
    private const string Register = "mutation($input: RegisterSigningKeyRequest!) { registerSigningKey(input: $input) { status } }";
    private const string CreateProfile = "mutation($input: CreateProfileRequest!) { createProfile(input: $input) { status } }";
    private const string Follow = "mutation($input: FollowRequest!) { follow(input: $input) { status } }";

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

    public void Dispose() => Key.Dispose();

    private async Task<string> StatusAsync(string mutation, string field, object input)
    {
        using var response = await server.PostAsync(mutation, new { input });
        var body = await GraphQLResponse.ReadAsync(response);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("data").GetProperty(field).GetProperty("status").GetString()!;
    }
}
