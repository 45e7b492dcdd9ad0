namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>"Did you mean ...?" hints for misspelled names in error messages.</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>
    /// The options close enough to <paramref name="input"/> to be what was meant, closest first: at most 40% of the
    /// input's length in edits (ignoring case, counting a swap of neighbours as one edit).
    /// </summary>
    public static List<string> Find(string input, IEnumerable<string> options)
    {
        var threshold = (input.Length * 2 / 5) + 1;
        var lowerInput = input.ToLowerInvariant();
        var found = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = option == input ? 0 : Distance(lowerInput, option.ToLowerInvariant(), threshold);
            if (distance <= threshold)
            {
                found.Add((option, distance));
            }
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        return found.ConvertAll(f => f.Option);
    }

    /// <summary>" Did you mean "a", "b", or "c"?" with at most five names, or nothing when there are none.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? prefix = null)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }

        var quoted = suggestions.Take(MaxSuggestions).Select(s => "\"" + s + "\"").ToList();
        var list = quoted.Count switch
        {
            1 => quoted[0],
            2 => quoted[0] + " or " + quoted[1],
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1],
        };
        return " Did you mean " + (prefix is null ? "" : prefix + " ") + list + "?";
    }

    /// <summary>
    /// Sorts as JavaScript engines sort short arrays (a leading run, then binary insertion), so that an order whose
    /// comparison is not consistent still comes out as the reference implementation's messages show it.
    /// </summary>
    public static void SortLikeReference<T>(List<T> items, Comparison<T> compare)
    {
        if (items.Count < 2)
        {
            return;
        }

        var runLength = LeadingRun(items, compare);
        for (var start = runLength; start < items.Count; start++)
        {
            var pivot = items[start];
            int left = 0, right = start;
            while (left < right)
            {
                var middle = left + ((right - left) >> 1);
                if (compare(pivot, items[middle]) < 0)
                {
                    right = middle;
                }
                else
                {
                    left = middle + 1;
                }
            }

            items.RemoveAt(start);
            items.Insert(left, pivot);
        }
    }

    /// <summary>The length of the ordered run at the start of the list; a strictly descending run is reversed first.</summary>
    private static int LeadingRun<T>(List<T> items, Comparison<T> compare)
    {
        var descending = compare(items[1], items[0]) < 0;
        var length = 2;
        while (length < items.Count)
        {
            var order = compare(items[length], items[length - 1]);
            if (descending ? order >= 0 : order < 0)
            {
                break;
            }

            length++;
        }

        if (descending)
        {
            items.Reverse(0, length);
        }

        return length;
    }

    /// <summary>Compares names so that embedded numbers sort by value ("field2" before "field10").</summary>
    public static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var numberA = ReadNumber(a, ref i);
                var numberB = ReadNumber(b, ref j);
                if (numberA != numberB)
                {
                    return numberA < numberB ? -1 : 1;
                }
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i] < b[j] ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }

    /// <summary>Reads digits as a number; a leading zero stands alone, so "01" reads as 0 then 1.</summary>
    private static long ReadNumber(string text, ref int index)
    {
        long value = 0;
        do
        {
            value = (value * 10) + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && value > 0 && value < long.MaxValue / 10);

        return value;
    }

    /// <summary>The edit distance between two lowercase strings, or more than <paramref name="threshold"/> when it is.</summary>
    private static int Distance(string a, string b, int threshold)
    {
        if (a == b)
        {
            return 1;
        }

        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return threshold + 1;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return threshold + 1;
            }
        }

        return rows[a.Length % 3][b.Length];
    }
}
