using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Follows.Tests.Signatures;

public class BoundedCacheTests
{
    [Fact]
    public void Keeps_no_more_entries_than_its_capacity()
    {
        var evicted = new List<string>();
        var cache = new BoundedCache<string>(capacity: 8, evicted.Add);

        for (var i = 0; i < 100; i++)
        {
            cache.GetOrAdd($"key {i}", $"value {i}");
            Assert.True(cache.Count <= 8);
        }

        Assert.Equal(100 - cache.Count, evicted.Count);
    }

    [Fact]
    public void Removing_an_entry_lets_go_of_its_value()
    {
        var evicted = new List<string>();
        var cache = new BoundedCache<string>(capacity: 8, evicted.Add);
        cache.GetOrAdd("a", "value a");
        cache.GetOrAdd("b", "value b");

        cache.Remove("a");
        cache.Remove("missing");

        Assert.False(cache.TryGetValue("a", out _));
        Assert.True(cache.TryGetValue("b", out var kept));
        Assert.Equal("value b", kept);
        Assert.Equal(["value a"], evicted);
    }

    [Fact]
    public void Evicts_entries_not_read_since_the_last_eviction_first()
    {
        var evicted = new List<string>();
        var cache = new BoundedCache<string>(capacity: 4, evicted.Add);
        string[] first = ["a", "b", "c", "d"];
        foreach (var key in first)
        {
            cache.GetOrAdd(key, key);
        }

        // All four were just added: this eviction can only clear their marks and drop arbitrary ones.
        cache.GetOrAdd("e", "e");
        var survivors = first.Where(key => !evicted.Contains(key)).ToArray();
        Assert.Equal(2, survivors.Length);
        evicted.Clear();

        Assert.True(cache.TryGetValue(survivors[0], out _));
        cache.GetOrAdd("f", "f");
        cache.GetOrAdd("g", "g");

        Assert.Equal([survivors[1]], evicted);
        Assert.All(new[] { survivors[0], "e", "f", "g" }, key => Assert.True(cache.TryGetValue(key, out _), key));
    }

    [Fact]
    public void Keeps_the_first_value_stored_under_a_key()
    {
        var cache = new BoundedCache<string>(capacity: 4);

        Assert.Equal("first", cache.GetOrAdd("key", "first"));
        Assert.Equal("first", cache.GetOrAdd("key", "second"));
        Assert.True(cache.TryGetValue("key", out var value));
        Assert.Equal("first", value);
        Assert.False(cache.TryGetValue("other", out _));
    }

    [Fact]
    public void Needs_room_for_one_entry()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedCache<string>(capacity: 0));
    }
}
