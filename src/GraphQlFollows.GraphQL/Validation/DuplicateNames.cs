namespace GraphQlFollows.GraphQL.Validation;

/// <summary>Finds names given more than once in a short list (arguments, variable definitions).</summary>
internal static class DuplicateNames
{
    /// <summary>For each name given more than once, all the items bearing it, in order of first appearance.</summary>
    public static IEnumerable<List<T>> Find<T>(IReadOnlyList<T> items, Func<T, string> nameOf)
    {
        // Lists are short: counting earlier items costs less than building a dictionary.
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
                yield return items.Where(item => nameOf(item) == name).ToList();
            }
        }
    }
}
