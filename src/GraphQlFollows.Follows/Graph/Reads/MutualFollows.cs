using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// The addresses that follow each other with an address A: B is mutual with A when B follows a profile A owns and A
/// follows a profile B owns. Listed by address, in pages cut as <see cref="KeysetPage"/> says.
/// </summary>
internal static class MutualFollows
{
    public static IQueryable<string> Of(FollowsDbContext context, string self)
    {
        var followersOfMine =
            from follow in context.Follows
            join profile in context.Profiles on follow.Handle equals profile.Handle
            where profile.Owner == self && follow.FollowOperation != null
            select follow.Address;
        return followersOfMine
            .Where(other => context.Follows.Any(back =>
                back.Address == self && back.FollowOperation != null
                && context.Profiles.Any(p => p.Handle == back.Handle && p.Owner == other)))
            .Distinct();
    }

    public static async Task<AddressPage> PageAsync(IQueryable<string> mutual, AddressPageRequest page)
    {
        if (page.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(page));
        }
        var after = page.After?.Value;
        var before = page.Before?.Value;
        var window = mutual;
        if (after is not null)
        {
            window = window.Where(other => string.Compare(other, after) > 0);
        }
        if (before is not null)
        {
            window = window.Where(other => string.Compare(other, before) < 0);
        }
        var (addresses, hasPrevious, hasNext) = await KeysetPage.ReadAsync(
            page.First,
            page.Last,
            async (backwards, count) =>
                (await (backwards ? window.OrderByDescending(o => o) : window.OrderBy(o => o)).Take(count).ToListAsync())
                .ConvertAll(EvmAddress.Parse),
            after is not null ? () => mutual.AnyAsync(other => string.Compare(other, after) <= 0) : null,
            before is not null ? () => mutual.AnyAsync(other => string.Compare(other, before) >= 0) : null);
        return new AddressPage(addresses, hasNext, hasPrevious);
    }
}
