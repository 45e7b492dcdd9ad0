using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using Microsoft.Data.Sqlite;

namespace GraphQlFollows.Cli.Tests;

/// <summary>A wallet with a registered signing key and a profile.</summary>
public sealed record Member(WalletSigner Wallet, SigningKeyPair Key, string Handle)
{
    public string Address => Wallet.Address.ToChecksumString();

    /// <summary>As the log and the tables write it.</summary>
    public string LoggedAddress => Wallet.Address.Value;
}

/// <summary>
/// A SQLite store written as the server writes it: through <see cref="FollowGraph"/> with real wallet and P-256
/// signatures, each write committed to the file before it answers.
/// </summary>
public sealed class SignedStore : IAsyncDisposable
{
    private readonly FollowGraph _graph;
    private long _ts = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    private SignedStore(string path, FollowGraph graph)
    {
        Path = path;
        _graph = graph;
    }

    public string Path { get; }

    public static async Task<SignedStore> CreateAsync(string path)
    {
        var factory = FollowsStore.CreateFactory(FollowsStoreOptions.From("Sqlite", $"Data Source={path}"));
        await FollowsStore.MigrateAsync(factory);
        // No rate limit: the backup test writes as fast as the store takes it.
        return new SignedStore(path, new FollowGraph(factory, new FollowGraphOptions { RateLimitPermits = 0 }, TimeProvider.System));
    }

    /// <summary>
    /// Five members, their follows, an unfollow, a batch unfollow and a revoked key: every kind of operation.
    /// Afterwards m0 and m2 follow m1; m1 follows m0; m3 follows nobody; m4's key is revoked.
    /// </summary>
    public static async Task<(SignedStore Store, Member[] Members)> CreateWithLogAsync(string path)
    {
        var store = await CreateAsync(path);
        var members = new Member[5];
        for (var i = 0; i < members.Length; i++)
        {
            members[i] = await store.JoinAsync($"member_{i}");
        }
        await store.FollowAsync(members[0], "member_1");
        await store.FollowAsync(members[2], "member_1");
        await store.FollowAsync(members[1], "member_0");
        await store.FollowAsync(members[3], "member_0");
        await store.FollowAsync(members[3], "member_1");
        await store.UnfollowAsync(members[1], "member_0");
        await store.FollowAsync(members[1], "member_0");
        await store.BatchUnfollowAsync(members[3], "member_0", "member_1", "member_2");
        await store.RevokeAsync(members[4]);
        return (store, members);
    }

    public async Task<Member> JoinAsync(string handle)
    {
        var member = new Member(WalletSigner.Create(), SigningKeyPair.Create(), handle);
        var authorisation = KeyAuthorization.Message(member.Key.PublicKey.Text);
        Expect("SUCCESS", (await _graph.RegisterSigningKeyAsync(
            new(member.Address, authorisation, member.Wallet.SignPersonalMessage(authorisation)))).Status);
        var claim = OperationMessages.CreateProfile(member.Address, handle, NextTs());
        Expect("SUCCESS", (await _graph.CreateProfileAsync(
            new(member.Address, handle, claim, member.Wallet.SignPersonalMessage(claim)))).Status);
        return member;
    }

    public async Task FollowAsync(Member member, string handle) =>
        Expect("SUCCESS", (await _graph.FollowAsync(PairRequest(member, handle, OperationMessages.Follow))).Status);

    public async Task UnfollowAsync(Member member, string handle) =>
        Expect("SUCCESS", (await _graph.UnfollowAsync(PairRequest(member, handle, OperationMessages.Unfollow))).Status);

    public async Task BatchUnfollowAsync(Member member, params string[] handles)
    {
        var message = OperationMessages.BatchUnfollow(member.Address, handles, NextTs());
        var result = await _graph.BatchUnfollowAsync(
            new(member.Address, message, member.Key.Sign(message), member.Key.PublicKey.Text, handles));
        Expect("SUCCESS", result.Status);
    }

    public async Task RevokeAsync(Member member)
    {
        var key = member.Key.PublicKey.Text;
        var message = OperationMessages.RevokeSigningKey(member.Address, key, NextTs());
        Expect("SUCCESS", (await _graph.RevokeSigningKeyAsync(
            new(member.Address, key, message, member.Wallet.SignPersonalMessage(message)))).Status);
    }

    /// <summary>Stops the graph and closes every connection, so that the file can be copied, changed or deleted.</summary>
    public async ValueTask DisposeAsync()
    {
        await _graph.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private FollowRequest PairRequest(Member member, string handle, Func<string, string, long, string> message)
    {
        var text = message(member.Address, handle, NextTs());
        return new FollowRequest(member.Address, handle, text, member.Key.Sign(text), member.Key.PublicKey.Text);
    }

    // Every pair's ts must grow; one counter shared by the writers keeps them apart.
    private long NextTs() => Interlocked.Increment(ref _ts);

    private static void Expect(string expected, Enum status)
    {
        if (status.ToString() != expected)
        {
            throw new InvalidOperationException($"The write was answered {status}, not {expected}.");
        }
    }
}
