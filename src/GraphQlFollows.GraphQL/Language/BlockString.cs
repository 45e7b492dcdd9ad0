namespace GraphQlFollows.GraphQL.Language;

/// <summary>The block string rules shared by the lexer (reading) and the printer (writing).</summary>
internal static class BlockString
{
    /// <summary>
    /// The value of a block string from its raw lines (joined by LF): the common indentation of all lines but
    /// the first is removed, then leading and trailing blank lines are dropped. Works in place on <paramref name="raw"/>.
    /// </summary>
    public static string Dedent(Span<char> raw)
    {
        var commonIndent = int.MaxValue;
        int firstNonBlank = -1, lastNonBlank = -1, lineIndex = 0;
        foreach (var range in raw.Split('\n'))
        {
            var line = raw[range];
            var indent = LeadingWhitespace(line);
            if (indent < line.Length)
            {
                if (firstNonBlank < 0)
                {
                    firstNonBlank = lineIndex;
                }

                lastNonBlank = lineIndex;
                if (lineIndex != 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }
            }

            lineIndex++;
        }

        if (firstNonBlank < 0)
        {
            return string.Empty;
        }

        var written = 0;
        lineIndex = 0;
        foreach (var range in raw.Split('\n'))
        {
            if (lineIndex >= firstNonBlank && lineIndex <= lastNonBlank)
            {
                var line = raw[range];
                if (lineIndex != 0)
                {
                    line = line[Math.Min(commonIndent, line.Length)..];
                }

                if (lineIndex != firstNonBlank)
                {
                    raw[written++] = '\n';
                }

                // Writing never overtakes reading: each line moves left or stays.
                line.CopyTo(raw[written..]);
                written += line.Length;
            }

            lineIndex++;
        }

        return new string(raw[..written]);
    }

    private static int LeadingWhitespace(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
        {
            i++;
        }

        return i;
    }
}
