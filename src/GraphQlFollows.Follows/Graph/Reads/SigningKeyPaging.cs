using System.Linq.Expressions;
using System.Text.Json;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.Follows.Store;
using Microsoft.EntityFrameworkCore;

namespace GraphQlFollows.Follows.Graph;

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
        var (items, hasPrevious, hasNext) = await KeysetPage.ReadAsync(
            page.First,
            page.Last,
            async (backwards, count) =>
            {
                var ordered = backwards
                    ? window.OrderByDescending(k => k.RegisteredAt).ThenByDescending(k => k.Key)
                    : window.OrderBy(k => k.RegisteredAt).ThenBy(k => k.Key);
                return (await ordered.Take(count).ToListAsync()).ConvertAll(k => ToInfo(k, address));
            },
            page.After is { } a ? () => keys.AnyAsync(Negate(IsAfter(a))) : null,
            page.Before is { } b ? () => keys.AnyAsync(Negate(IsBefore(b))) : null);
        return new SigningKeyPage(items, hasPrevious, hasNext);
    }

    /// <summary>
    /// The keys a list shows of each address: its active keys and its most recently revoked, at most
    /// <paramref name="max"/>, oldest first. One statement for any number of addresses: a window function cuts each
    /// address's list, which LINQ cannot say.
    /// </summary>
    public static async Task<List<SigningKeyRecord>> ListedAsync(FollowsDbContext context, string[] addresses, int max)
    {
        // The addresses as one parameter: an array on PostgreSQL, JSON text on SQLite.
        var (inAddresses, parameter) = context.Database.IsNpgsql()
            ? ("k.address = ANY({0})", (object)addresses)
            : ("k.address IN (SELECT value FROM json_each({0}))", JsonSerializer.Serialize(addresses));
        var rows = await context.SigningKeys.FromSqlRaw(
            "SELECT key, address, auth_message, auth_signature, registered_at, revoked_at, revoked_operation FROM (" +
            "SELECT k.*, ROW_NUMBER() OVER (PARTITION BY k.address " +
            "ORDER BY k.revoked_at IS NULL DESC, k.registered_at DESC, k.key DESC) AS listed " +
            $"FROM signing_keys AS k WHERE {inAddresses}) AS ranked WHERE listed <= {{1}}",
            parameter, max).AsNoTracking().ToListAsync();
        rows.Sort(static (x, y) => x.RegisteredAt != y.RegisteredAt ? x.RegisteredAt.CompareTo(y.RegisteredAt) : string.CompareOrdinal(x.Key, y.Key));
        return rows;
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
