using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using static GraphQlFollows.Follows.Graph.Reads.FollowOrderDirection;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>
/// The pages of many profiles' followers (or many addresses' followings) read at once, as a DataLoader reads a
/// level of a result, are each the page that profile (or address) alone gets, cursors and directions included,
/// and cost one statement (two with a cursor whose far side must be looked at), on SQLite and on PostgreSQL.
/// </summary>
public sealed class ListsOfManyKeysTests
{
    private static readonly PageRequest[] Pages =
    [
        new(First: 3), new(First: 10), new(First: 0), new(Last: 2), new(First: 4, Last: 2),
    ];

    [Fact]
    public Task On_sqlite_pages_of_many_keys_are_the_pages_of_each_alone() => PagesOfManyKeysAsync(StorageProvider.Sqlite);

    [PostgresFact]
    public Task On_postgresql_pages_of_many_keys_are_the_pages_of_each_alone() => PagesOfManyKeysAsync(StorageProvider.PostgreSql);

    private static async Task PagesOfManyKeysAsync(StorageProvider provider)
    {
        await using var harness = await GraphHarness.CreateAsync(provider: provider);
        // Six members with a profile each; member i follows member j's profile unless (i + j) is a multiple of 3,
        // so the lists differ in length and order; "nobody" has no profile.
        var members = new List<Member>();
        for (var i = 0; i < 6; i++)
        {
            members.Add(await harness.CreateMemberAsync($"mem{i}"));
        }
        for (var i = 0; i < 6; i++)
        {
            foreach (var j in Enumerable.Range(0, 6).Where(j => j != i && (i + j) % 3 != 0))
            {
                harness.Clock.Advance(TimeSpan.FromMilliseconds(3));
                Assert.Equal(FollowStatus.Success, (await harness.FollowAsync(members[i], $"mem{j}")).Status);
            }
        }
        var handles = members.Select(m => m.Handle!).Append("nobody").ToArray();
        var addresses = members.Select(m => m.Wallet.Address).Append(new TestWallet().Address).ToArray();
        var queries = harness.Queries;
        var operations = (await queries.GetFollowersAsync("mem1", new(First: 10))).Edges.Select(e => e.Operation).ToArray();
        var middle = operations[operations.Length / 2];
        var pages = Pages.Concat([new(First: 2, After: middle), new(Last: 2, Before: middle), new(First: 10, After: middle, Before: operations[^1])]);

        using var counter = ReadStatementCounter.Start();
        foreach (var page in pages)
        {
            foreach (var direction in new[] { Desc, Asc })
            {
                var statements = await counter.DuringAsync(async () =>
                {
                    var followers = await queries.GetFollowersAsync(handles, page, direction);
                    var followings = await queries.GetFollowingsAsync(addresses, page, direction);
                    foreach (var handle in handles)
                    {
                        AssertSamePage(await queries.GetFollowersAsync(handle, page, direction), followers[handle]);
                    }
                    foreach (var address in addresses)
                    {
                        AssertSamePage(await queries.GetFollowingsAsync(address, page, direction), followings[address]);
                    }
                });
                var fromEnd = page.First is null && page.Last is not null;
                var cursorReads = (page.After is not null && !fromEnd) || (page.Before is not null && fromEnd) ? 2 : 1;
                Assert.Equal(cursorReads * (2 + handles.Length + addresses.Length), statements.Count);
                Assert.Equal(1, statements.Count(s => s == "followers of keys"));
                Assert.Equal(1, statements.Count(s => s == "followings of keys"));
            }
        }
        // The pages of every key are not all empty: the comparison above compared edges.
        Assert.Equal(3, (await queries.GetFollowersAsync(handles, new(First: 10)))["mem1"].Edges.Count);
    }

    private static void AssertSamePage(FollowPage alone, FollowPage together)
    {
        Assert.Equal(alone.Edges, together.Edges);
        Assert.Equal(alone.HasPreviousPage, together.HasPreviousPage);
        Assert.Equal(alone.HasNextPage, together.HasNextPage);
    }
}
