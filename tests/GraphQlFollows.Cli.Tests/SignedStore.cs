using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Keys;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Requests;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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

    private SignedStore(FollowGraph graph) => _graph = graph;

    /// <summary>A new SQLite store at <paramref name="path"/>.</summary>
    public static async Task<SignedStore> CreateAsync(string path)
    {
        var factory = FollowsStore.CreateFactory(FollowsStoreOptions.From("Sqlite", $"Data Source={path}"));
        await FollowsStore.MigrateAsync(factory);
        return await OverAsync(factory);
    }

    /// <summary>Writes to the migrated store <paramref name="factory"/> opens.</summary>
    public static async Task<SignedStore> OverAsync(IDbContextFactory<FollowsDbContext> factory)
    {
        var graph = new FollowGraph(factory, new FollowGraphOptions(), TimeProvider.System);
        await graph.StartAsync();
        return new(graph);
    }

    /// <summary>
    /// Five members, their follows, an unfollow, a batch unfollow and a revoked key: every kind of operation.
    /// Afterwards m0 and m2 follow m1; m1 follows m0; m3 follows nobody; m4's key is revoked.
    /// </summary>
    public async Task<Member[]> WriteEveryKindAsync()
    {
        var members = new Member[5];
        for (var i = 0; i < members.Length; i++)
        {
            members[i] = await JoinAsync($"member_{i}");
        }
        await FollowAsync(members[0], "member_1");
        await FollowAsync(members[2], "member_1");
        await FollowAsync(members[1], "member_0");
        await FollowAsync(members[3], "member_0");
        await FollowAsync(members[3], "member_1");
        await UnfollowAsync(members[1], "member_0");
        await FollowAsync(members[1], "member_0");
        await BatchUnfollowAsync(members[3], "member_0", "member_1", "member_2");
        await RevokeAsync(members[4]);
        return members;
    }

    public async Task<Member> JoinAsync(string handle)
    {
        var member = new Member(WalletSigner.Create(), SigningKeyPair.Create(), handle);
        var authorisation = KeyAuthorization.Message(member.Key.PublicKey.Text);
        Expect(RegisterSigningKeyStatus.Success, (await _graph.RegisterSigningKeyAsync(
            new(member.Address, authorisation, member.Wallet.SignPersonalMessage(authorisation)))).Status);
        var claim = OperationMessages.CreateProfile(member.Address, handle, NextTs());
        Expect(CreateProfileStatus.Success, (await _graph.CreateProfileAsync(
            new(member.Address, handle, claim, member.Wallet.SignPersonalMessage(claim)))).Status);
        return member;
    }

    public async Task FollowAsync(Member member, string handle) =>
        Expect(FollowStatus.Success, (await _graph.FollowAsync(PairRequest(member, handle, OperationMessages.Follow))).Status);

    public async Task UnfollowAsync(Member member, string handle) =>
        Expect(FollowStatus.Success, (await _graph.UnfollowAsync(PairRequest(member, handle, OperationMessages.Unfollow))).Status);

    public async Task BatchUnfollowAsync(Member member, params string[] handles)
    {
        var message = OperationMessages.BatchUnfollow(member.Address, handles, NextTs());
        var result = await _graph.BatchUnfollowAsync(
            new(member.Address, message, member.Key.Sign(message), member.Key.PublicKey.Text, handles));
        Expect(FollowStatus.Success, result.Status);
    }

    public async Task RevokeAsync(Member member)
    {
        var key = member.Key.PublicKey.Text;
        var message = OperationMessages.RevokeSigningKey(member.Address, key, NextTs());
        Expect(RevokeSigningKeyStatus.Success, (await _graph.RevokeSigningKeyAsync(
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

    // Every pair's ts must grow, which the clock alone does not promise.
    private long NextTs() => ++_ts;

    private static void Expect<TStatus>(TStatus expected, TStatus status)
        where TStatus : struct, Enum
    {
        if (!EqualityComparer<TStatus>.Default.Equals(status, expected))
        {
            throw new InvalidOperationException($"The write was answered {status}, not {expected}.");
        }
    }
}
