namespace GraphQlFollows.GraphQL.Language;

internal ref partial struct Lexer
{
    /// <summary>
    /// A block string: raw text up to the closing <c>"""</c>, where only <c>\"""</c> is an escape. Line
    /// terminators become LF, then <see cref="BlockString.Dedent"/> removes the common indentation.
    /// </summary>
    private Token ReadBlockString()
    {
        var start = _position;
        var charStart = start - _lag;
        var line = _line;
        var column = charStart - _lineStartChar + 1;
        var source = _source;
        var position = start + 3;
        var chunkStart = position;
        var raw = new CharBuilder(stackalloc char[StackChars]);
        try
        {
            while ((position = SkipPlainText(position)) < source.Length)
            {
                var b = source[position];
                if (b == (byte)'"' && Peek(position + 1) == '"' && Peek(position + 2) == '"')
                {
                    raw.AppendUtf8(source[chunkStart..position]);
                    _position = position + 3;
                    var value = BlockString.Dedent(raw.Written);
                    return MakeToken(TokenKind.BlockString, start, _position, charStart, line, column, value);
                }

                if (b == (byte)'\\' && Peek(position + 1) == '"' && Peek(position + 2) == '"' && Peek(position + 3) == '"')
                {
                    raw.AppendUtf8(source[chunkStart..position]);
                    chunkStart = position + 1;
                    position += 4;
                    continue;
                }

                if (b == (byte)'\n' || b == (byte)'\r')
                {
                    raw.AppendUtf8(source[chunkStart..position]);
                    raw.Append('\n');
                    position += b == (byte)'\r' && Peek(position + 1) == '\n' ? 2 : 1;
                    NewLine(position);
                    chunkStart = position;
                    continue;
                }

                position += b < 0x80 ? 1 : ScalarWidthInString(position);
            }

            throw Error(position, "Unterminated string.");
        }
        finally
        {
            raw.Dispose();
        }
    }
}
