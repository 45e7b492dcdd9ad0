namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>
/// The addresses that follow each other with an address A: B is mutual with A when B follows a profile A owns and A
/// follows a profile B owns. Listed by address, in pages cut as <see cref="KeysetPage"/> says.
/// </summary>
internal static class MutualFollows
{
    public static async Task<AddressPage> PageAsync(IGraphReader reader, string self, AddressPageRequest page)
    {
        if (page.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(page));
        }
        var after = page.After?.Value;
        var before = page.Before?.Value;
        var cut = new KeysetPage(page.First, page.Last);
        // Reading from the end walks the addresses the other way.
        var read = await reader.ReadMutualFollowsAsync(self, after, before, descending: cut.FromEnd, cut.ReadCount);
        var anyThroughAfter = cut.AsksThroughAfter(after is not null) && await reader.AnyMutualFollowAsync(self, after!, atOrAbove: false);
        var anyFromBefore = cut.AsksFromBefore(before is not null) && await reader.AnyMutualFollowAsync(self, before!, atOrAbove: true);
        var (addresses, hasPrevious, hasNext) = cut.Cut(read, anyThroughAfter, anyFromBefore);
        return new AddressPage(addresses, hasNext, hasPrevious);
    }
}
