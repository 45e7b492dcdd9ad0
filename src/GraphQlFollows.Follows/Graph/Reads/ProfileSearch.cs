using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>
/// Finding profiles: those matching a <see cref="ProfileCondition"/>, in a <see cref="ProfileOrder"/>, paged by
/// keyset on the ordered columns (never OFFSET), so that a page deep in the list costs what the first one does.
/// Indexes serve every condition and order: the primary key (handle: equality, prefix, order), <c>ix_profiles_owner</c>
/// (owner) and <c>ix_profiles_follower_count</c> (follower count descending then handle: comparisons and both orders).
/// </summary>
public sealed class ProfileSearch(IDbContextFactory<FollowsDbContext> factory)
{
    /// <summary>One page of the matching profiles, cut as <see cref="KeysetPage"/> says.</summary>
    public async Task<ProfilePage> PageAsync(ProfileCondition condition, ProfileOrder order, ProfilePageRequest page)
    {
        if (page.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(page));
        }
        await using var context = await factory.CreateDbContextAsync();
        var matching = context.Profiles.AsNoTracking().Where(ProfileConditions.Where(condition));
        var window = matching;
        if (page.After is { } after)
        {
            window = window.Where(ProfileConditions.Past(after, order, inclusive: false));
        }
        if (page.Before is { } before)
        {
            window = window.Where(ProfileConditions.Past(before, order.Reversed(), inclusive: false));
        }
        var cut = new KeysetPage(page.First, page.Last);
        var read = await ReadAsync(Sorted(window, cut.FromEnd ? order.Reversed() : order), cut.ReadCount);
        var anyThroughAfter = cut.AsksThroughAfter(page.After is not null)
            && await matching.AnyAsync(ProfileConditions.Past(page.After!, order.Reversed(), inclusive: true));
        var anyFromBefore = cut.AsksFromBefore(page.Before is not null)
            && await matching.AnyAsync(ProfileConditions.Past(page.Before!, order, inclusive: true));
        var (profiles, hasPrevious, hasNext) = cut.Cut(read, anyThroughAfter, anyFromBefore);
        return new ProfilePage(profiles, hasPrevious, hasNext);
    }

    /// <summary>How many profiles match <paramref name="condition"/>.</summary>
    public async Task<int> CountAsync(ProfileCondition condition)
    {
        await using var context = await factory.CreateDbContextAsync();
        return await context.Profiles.CountAsync(ProfileConditions.Where(condition));
    }

    private static IQueryable<ProfileRecord> Sorted(IQueryable<ProfileRecord> profiles, ProfileOrder order)
    {
        var ascending = order.Handle == SortDirection.Asc;
        IOrderedQueryable<ProfileRecord>? byCount = order.FollowerCount switch
        {
            SortDirection.Asc => profiles.OrderBy(p => p.FollowerCount),
            SortDirection.Desc => profiles.OrderByDescending(p => p.FollowerCount),
            _ => null,
        };
        if (byCount is null)
        {
            return ascending ? profiles.OrderBy(p => p.Handle) : profiles.OrderByDescending(p => p.Handle);
        }
        return ascending ? byCount.ThenBy(p => p.Handle) : byCount.ThenByDescending(p => p.Handle);
    }

    private static async Task<List<ProfileInfo>> ReadAsync(IQueryable<ProfileRecord> sorted, int count)
    {
        var rows = await sorted.Take(count).ToListAsync();
        return rows.ConvertAll(p => new ProfileInfo(p.Handle, EvmAddress.Parse(p.Owner), p.FollowerCount, p.CreatedAt));
    }
}
