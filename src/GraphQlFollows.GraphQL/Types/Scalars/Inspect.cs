using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace GraphQlFollows.GraphQL.Types.Scalars;

/// <summary>
/// Describes a runtime value for an error message the way the reference implementation's <c>inspect</c> does:
/// strings quoted as JSON, numbers as JavaScript writes them, lists and objects shallowly.
/// </summary>
public static class Inspect
{
    private const int MaxListLength = 10;
    private const int MaxDepth = 2;

    public static string Format(object? value) => Format(value, 0);

    /// <summary>A string as JSON writes it: quoted, with quotes, backslashes and control characters escaped.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || IsLoneSurrogate(value, i))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool IsLoneSurrogate(string value, int i)
    {
        var c = value[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
    }

    private static string Format(object? value, int depth) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        double d => JsNumber.ToString(d),
        float f => JsNumber.ToString(f),
        decimal m => JsNumber.ToString((double)m),
        BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        IFormattable number when IsInteger(number) => number.ToString(null, CultureInfo.InvariantCulture),
        IReadOnlyDictionary<string, object?> map => FormatObject(map.Select(e => (e.Key, e.Value)).ToList(), depth),
        IDictionary map => FormatObject(map.Cast<DictionaryEntry>().Select(e => (Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? "", e.Value)).ToList(), depth),
        IEnumerable list => FormatList(list.Cast<object?>().ToList(), depth),
        Delegate => "[function]",
        _ => "[" + value.GetType().Name + "]",
    };

    private static bool IsInteger(object value) =>
        value is int or long or short or sbyte or byte or ushort or uint or ulong or nint or nuint;

    private static string FormatObject(List<(string Key, object? Value)> entries, int depth)
    {
        if (entries.Count == 0)
        {
            return "{}";
        }

        if (depth >= MaxDepth)
        {
            return "[Object]";
        }

        return "{ " + string.Join(", ", entries.Select(e => e.Key + ": " + Format(e.Value, depth + 1))) + " }";
    }

    private static string FormatList(List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            return "[]";
        }

        if (depth >= MaxDepth)
        {
            return "[Array]";
        }

        var shown = items.Take(MaxListLength).Select(item => Format(item, depth + 1)).ToList();
        var remaining = items.Count - shown.Count;
        if (remaining == 1)
        {
            shown.Add("... 1 more item");
        }
        else if (remaining > 1)
        {
            shown.Add($"... {remaining} more items");
        }

        return "[" + string.Join(", ", shown) + "]";
    }
}
