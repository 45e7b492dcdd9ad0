using System.Text.Json;
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
        var blocked = new HashSet<(string Handle, string Target)>();
        foreach (var operation in operations)
        {
            if (operation.Kind is "block" or "unblock")
            {
                ApplyBlock(operation, blocked, following);
                continue;
            }
            var follow = operation.Kind is "follow" or "batchFollow";
            if (!follow && operation.Kind is not ("unfollow" or "batchUnfollow"))
            {
                continue;
            }
            foreach (var handle in operation.Handles.Split(','))
            {
                var pair = (operation.Address, handle);
                Assert.True(!lastTs.TryGetValue(pair, out var previous) || operation.Ts > previous, $"ts must grow for {pair}");
                Assert.Equal(!follow, following.ContainsKey(pair)); // every accepted operation changes the edge
                Assert.False(follow && blocked.Contains((handle, operation.Address)), $"{pair} followed under a block");
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
        // A block ends a follow without changing the follower's last ts.
        Assert.All(rows, r => Assert.Equal(lastTs[(r.Address, r.Handle)], r.LastTs));

        var blocks = await context.Blocks.Where(b => b.BlockPosition != null).Select(b => new { b.Handle, b.Address }).ToListAsync();
        Assert.Equal(blocked.Order(), blocks.Select(b => (b.Handle, b.Address)).Order());

        foreach (var profile in await context.Profiles.ToListAsync())
        {
            Assert.Equal(following.Keys.Count(k => k.Item2 == profile.Handle), profile.FollowerCount);
        }
        foreach (var address in await context.Addresses.ToListAsync())
        {
            Assert.Equal(following.Keys.Count(k => k.Item1 == address.Address), address.FollowingCount);
        }
    }

    /// <summary>A block is its profile's owner's and ends the target's follow of the profile; an unblock lifts it.</summary>
    private static void ApplyBlock(
        OperationRecord operation, HashSet<(string Handle, string Target)> blocked, Dictionary<(string, string), long> following)
    {
        using var content = JsonDocument.Parse(operation.Content);
        var target = content.RootElement.GetProperty("target").GetString()!.ToLowerInvariant();
        var pair = (operation.Handles, target);
        if (operation.Kind == "block")
        {
            Assert.True(blocked.Add(pair), $"{pair} blocked twice");
            following.Remove((target, operation.Handles));
        }
        else
        {
            Assert.True(blocked.Remove(pair), $"{pair} unblocked while not blocked");
        }
    }
}
