using System.Linq.Expressions;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph.Reads;

/// <summary>
/// An address's signing keys, revoked ones included, oldest first (by registration time, then key), in pages cut as
/// <see cref="KeysetPage"/> says; the address's index narrows the rows to its own keys.
/// </summary>
internal static class SigningKeyPaging
{
    public static async Task<SigningKeyPage> PageAsync(IQueryable<SigningKeyRecord> keys, EvmAddress address, SigningKeyPageRequest page)
    {
        if (page.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(page));
        }
        var window = keys.AsNoTracking();
        if (page.After is { } after)
        {
            window = window.Where(IsAfter(after));
        }
        if (page.Before is { } before)
        {
            window = window.Where(IsBefore(before));
        }
        var cut = new KeysetPage(page.First, page.Last);
        var ordered = cut.FromEnd
            ? window.OrderByDescending(k => k.RegisteredAt).ThenByDescending(k => k.Key)
            : window.OrderBy(k => k.RegisteredAt).ThenBy(k => k.Key);
        var read = (await ordered.Take(cut.ReadCount).ToListAsync()).ConvertAll(k => ToInfo(k, address));
        var anyThroughAfter = cut.AsksThroughAfter(page.After is not null) && await keys.AnyAsync(Negate(IsAfter(page.After!.Value)));
        var anyFromBefore = cut.AsksFromBefore(page.Before is not null) && await keys.AnyAsync(Negate(IsBefore(page.Before!.Value)));
        var (items, hasPrevious, hasNext) = cut.Cut(read, anyThroughAfter, anyFromBefore);
        return new SigningKeyPage(items, hasPrevious, hasNext);
    }

    public static SigningKeyInfo ToInfo(SigningKeyRecord key, EvmAddress address) =>
        new(key.Key, address, key.AuthMessage, key.AuthSignature, key.RegisteredAt, key.RevokedAt);

    private static Expression<Func<SigningKeyRecord, bool>> IsAfter(SigningKeyCursor cursor) =>
        k => k.RegisteredAt > cursor.RegisteredAt || (k.RegisteredAt == cursor.RegisteredAt && string.Compare(k.Key, cursor.Key) > 0);

    private static Expression<Func<SigningKeyRecord, bool>> IsBefore(SigningKeyCursor cursor) =>
        k => k.RegisteredAt < cursor.RegisteredAt || (k.RegisteredAt == cursor.RegisteredAt && string.Compare(k.Key, cursor.Key) < 0);

    private static Expression<Func<SigningKeyRecord, bool>> Negate(Expression<Func<SigningKeyRecord, bool>> condition) =>
        Expression.Lambda<Func<SigningKeyRecord, bool>>(Expression.Not(condition.Body), condition.Parameters);
}
