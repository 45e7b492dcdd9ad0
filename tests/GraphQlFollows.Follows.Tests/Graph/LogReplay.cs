using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>Rebuilds the graph from the operation log alone and compares it with the stored tables.</summary>
public static class LogReplay
{
    public static async Task AssertTablesMatchLogAsync(TempDatabase database)
    {
        await using var context = database.Open();
        var operations = await context.Operations.OrderBy(o => o.Position).ToListAsync();
        var following = new Dictionary<(string, string), long>();
        var lastTs = new Dictionary<(string, string), long>();
        foreach (var operation in operations)
        {
            var follow = operation.Kind == "follow";
            if (!follow && operation.Kind is not ("unfollow" or "batchUnfollow"))
            {
                continue;
            }
            foreach (var handle in operation.Handles.Split(','))
            {
                var pair = (operation.Address, handle);
                Assert.True(!lastTs.TryGetValue(pair, out var previous) || operation.Ts > previous, $"ts must grow for {pair}");
                Assert.Equal(!follow, following.ContainsKey(pair)); // every accepted operation changes the edge
                lastTs[pair] = operation.Ts;
                if (follow)
                {
                    following[pair] = operation.Position;
                }
                else
                {
                    following.Remove(pair);
                }
            }
        }

        var rows = await context.Follows.ToListAsync();
        Assert.Equal(
            following.OrderBy(p => p.Key).Select(p => (p.Key.Item1, p.Key.Item2, p.Value)),
            rows.Where(r => r.FollowPosition is not null).OrderBy(r => (r.Address, r.Handle))
                .Select(r => (r.Address, r.Handle, r.FollowPosition!.Value)));
        Assert.All(rows, r => Assert.Equal(lastTs[(r.Address, r.Handle)], r.LastTs));

        foreach (var profile in await context.Profiles.ToListAsync())
        {
            Assert.Equal(following.Keys.Count(k => k.Item2 == profile.Handle), profile.FollowerCount);
        }
        foreach (var address in await context.Addresses.ToListAsync())
        {
            Assert.Equal(following.Keys.Count(k => k.Item1 == address.Address), address.FollowingCount);
        }
    }
}
