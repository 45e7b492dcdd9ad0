using GraphQlFollows.Api.Subscriptions;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Api.Tests;

/// <summary>The index of open subscriptions, on its own: what an event finds while subscribers come and go.</summary>
public sealed class SubscriberIndexTests
{
    private static readonly EvmAddress Fan = EvmAddress.Parse("0x52908400098527886E0F7030069857D2E4169EE7");

    private readonly SubscriberIndex _index = new();

    private FollowEventSubscriber Subscriber(string? handle, EvmAddress? address = null) =>
        new(new FollowEventFilter(handle, address), capacity: 1, _index.Remove);

    private static FollowEvent EventOf(string handle) => new(FollowEventKind.Follow, Fan, handle, 1, 1, 1, 1);

    private HashSet<FollowEventSubscriber> OfHandle(string handle) => [.. _index.Matching(EventOf(handle)).OfHandle];

    [Fact]
    public void An_event_finds_the_subscribers_of_its_handle_and_of_its_address_as_they_are_now()
    {
        var ofStar = Enumerable.Range(0, 1_000).Select(_ => Subscriber("star")).ToArray();
        var ofOther = Subscriber("other");
        var ofFan = Subscriber(null, Fan);
        foreach (var subscriber in ofStar.Append(ofOther).Append(ofFan))
        {
            _index.Add(subscriber);
        }
        _index.Add(ofStar[0]); // added twice, counted once

        Assert.Equal(ofStar.ToHashSet(), OfHandle("star"));
        Assert.Equal([ofFan], _index.Matching(EventOf("star")).OfAddress);
        Assert.Equal(1_002, _index.Count);

        foreach (var subscriber in ofStar.Where((_, i) => i % 2 == 0))
        {
            _index.Remove(subscriber);
        }
        _index.Remove(ofStar[0]); // removed twice, counted once
        Assert.Equal(ofStar.Where((_, i) => i % 2 == 1).ToHashSet(), OfHandle("star"));
        Assert.Equal(502, _index.Count);

        // Emptied, a handle's set leaves the index; a new subscriber of that handle is found again.
        foreach (var subscriber in ofStar.Where((_, i) => i % 2 == 1).Append(ofFan))
        {
            _index.Remove(subscriber);
        }
        Assert.Empty(OfHandle("star"));
        Assert.Empty(_index.Matching(EventOf("star")).OfAddress);
        var returning = Subscriber("star");
        _index.Add(returning);
        Assert.Equal([returning], OfHandle("star"));
        Assert.Equal([ofOther, returning], _index.All().OrderBy(s => s == returning));
        Assert.Equal(2, _index.Count);
    }

    [Fact]
    public async Task Subscribers_added_and_removed_from_many_threads_at_once_are_all_accounted_for()
    {
        // Each subscriber comes and goes at once, so the handle's set empties, is retired and is made again all the
        // time while the other workers add to it: none may land in a retired set, where it would be lost.
        var kept = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                var passing = Subscriber("star");
                _index.Add(passing);
                _index.Remove(passing);
            }
            var staying = Enumerable.Range(0, 10).Select(_ => Subscriber("star")).ToArray();
            Array.ForEach(staying, _index.Add);
            return staying;
        })));

        var expected = kept.SelectMany(staying => staying).ToHashSet();
        Assert.Equal(expected, OfHandle("star"));
        Assert.Equal(expected.Count, _index.Count);
    }
}
