namespace GraphQlFollows.GraphQL.Validation;

/// <summary>Finds names given more than once in a short list (arguments, variable definitions).</summary>
internal static class DuplicateNames
{
    /// <summary>
    /// For each name given more than once, all the items bearing it, in order of first appearance; null when every
    /// name is given once, the usual case, which allocates nothing.
    /// </summary>
    public static List<List<T>>? Find<T>(IReadOnlyList<T> items, Func<T, string> nameOf)
    {
        List<List<T>>? groups = null;

        // Lists are short: comparing with earlier items costs less than building a dictionary.
        for (var i = 1; i < items.Count; i++)
        {
            var name = nameOf(items[i]);
            var earlier = 0;
            for (var j = 0; j < i && earlier < 2; j++)
            {
                earlier += nameOf(items[j]) == name ? 1 : 0;
            }

            if (earlier == 1)
            {
                (groups ??= []).Add(items.Where(item => nameOf(item) == name).ToList());
            }
        }

        return groups;
    }
}
