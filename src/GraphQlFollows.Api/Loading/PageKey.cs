using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Reads;

namespace GraphQlFollows.Api.Loading;

/// <summary>The key of a list's page in a DataLoader: whose list, and which page of it.</summary>
internal readonly record struct PageKey<TKey>(TKey Key, PageRequest Page, FollowOrderDirection Direction)
    where TKey : notnull
{
    /// <summary>
    /// Loads the pages of a batch: one read per page asked for, each for all the keys that ask for it. The fields of
    /// one level share their arguments, so a level is one read.
    /// </summary>
    public static async ValueTask<IReadOnlyDictionary<PageKey<TKey>, TPage>> LoadAsync<TPage>(
        IReadOnlyList<PageKey<TKey>> keys,
        Func<IReadOnlyCollection<TKey>, PageRequest, FollowOrderDirection, Task<IReadOnlyDictionary<TKey, TPage>>> read)
    {
        var pages = new Dictionary<PageKey<TKey>, TPage>(keys.Count);
        foreach (var group in keys.GroupBy(k => (k.Page, k.Direction)))
        {
            var ofKeys = await read(group.Select(k => k.Key).ToArray(), group.Key.Page, group.Key.Direction);
            foreach (var key in group)
            {
                pages[key] = ofKeys[key.Key];
            }
        }
        return pages;
    }
}
