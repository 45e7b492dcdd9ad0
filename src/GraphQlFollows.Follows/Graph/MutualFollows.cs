using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph;

/// <summary>
/// The addresses that follow each other with an address A: B is mutual with A when B follows a profile A owns and A
/// follows a profile B owns. Listed by address, in pages read like <see cref="FollowPaging"/> reads follows.
/// </summary>
internal static class MutualFollows
{
    public static IQueryable<string> Of(FollowsDbContext context, string self)
    {
        var followersOfMine =
            from follow in context.Follows
            join profile in context.Profiles on follow.Handle equals profile.Handle
            where profile.Owner == self && follow.FollowPosition != null
            select follow.Address;
        return followersOfMine
            .Where(other => context.Follows.Any(back =>
                back.Address == self && back.FollowPosition != null
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
        var fromEnd = page.First is null && page.Last is not null;
        var size = (fromEnd ? page.Last : page.First) ?? PageRequest.DefaultSize;
        // Reading from the end walks the list the other way, then turns the page around.
        var rows = await (fromEnd ? window.OrderByDescending(o => o) : window.OrderBy(o => o)).Take(size + 1).ToListAsync();
        var more = rows.Count > size;
        var addresses = rows.Take(size).Select(EvmAddress.Parse).ToList();
        if (fromEnd)
        {
            addresses.Reverse();
        }
        var trimmed = false;
        if (page.First is not null && page.Last is { } last && addresses.Count > last)
        {
            addresses.RemoveRange(0, addresses.Count - last);
            trimmed = true;
        }
        var hasPrevious = fromEnd ? more
            : trimmed || (after is not null && await mutual.AnyAsync(other => string.Compare(other, after) <= 0));
        var hasNext = fromEnd
            ? before is not null && await mutual.AnyAsync(other => string.Compare(other, before) >= 0)
            : more;
        return new AddressPage(addresses, hasNext, hasPrevious);
    }
}
