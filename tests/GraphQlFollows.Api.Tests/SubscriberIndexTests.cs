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

        var (ofHandle, ofAddress) = _index.Matching(EventOf("star"));
        Assert.Equal(ofStar.ToHashSet(), ofHandle.ToHashSet());
        Assert.Equal([ofFan], ofAddress);
        Assert.Equal(1_002, _index.Count);

        // Half leave: a broadcast that took the list before goes on with it; the next event finds the others only.
        foreach (var subscriber in ofStar.Where((_, i) => i % 2 == 0))
        {
            _index.Remove(subscriber);
        }
        _index.Remove(ofStar[0]);
        Assert.Equal(1_000, ofHandle.Length);
        var after = _index.Matching(EventOf("star")).OfHandle;
        Assert.Equal(ofStar.Where((_, i) => i % 2 == 1).ToHashSet(), after.ToHashSet());
        Assert.Same(after, _index.Matching(EventOf("star")).OfHandle);
        Assert.Equal(502, _index.Count);

        foreach (var subscriber in ofStar.Where((_, i) => i % 2 == 1).Append(ofFan))
        {
            _index.Remove(subscriber);
        }
        Assert.Equal((0, 0), (_index.Matching(EventOf("star")).OfHandle.Length, _index.Matching(EventOf("star")).OfAddress.Length));
        Assert.Equal([ofOther], _index.All());
        Assert.Equal(1, _index.Count);
    }
}
