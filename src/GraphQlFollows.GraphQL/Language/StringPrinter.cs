using System.Text;

namespace GraphQlFollows.GraphQL.Language;

/// <summary>Writes string values as GraphQL string or block string literals, as graphql-js writes them.</summary>
internal static class StringPrinter
{
    private const int BlockStringLineLimit = 70;
    private static readonly string[] LineTerminators = ["\r\n", "\n", "\r"];

    /// <summary>A quoted string: control characters (C0 and C1), the quote and the backslash are escaped.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// A block string whose value reads back unchanged: <c>"""</c> is escaped, and the text goes on lines of its
    /// own when it spans lines, is long, or starts or ends with characters the delimiters would swallow.
    /// </summary>
    public static string PrintBlockString(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split(LineTerminators, StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && AllLaterLinesIndentedOrEmpty(lines);
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var forceTrailingNewLine = hasTrailingQuote || value.EndsWith('\\');
        var printAsMultipleLines = !isSingleLine || value.Length > BlockStringLineLimit || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var builder = new StringBuilder(escaped.Length + 8);
        builder.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }

    private static bool AllLaterLinesIndentedOrEmpty(string[] lines)
    {
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length != 0 && !IsWhiteSpace(lines[i][0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWhiteSpace(char c) => c == ' ' || c == '\t';
}
