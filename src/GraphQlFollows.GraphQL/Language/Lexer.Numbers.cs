namespace GraphQlFollows.GraphQL.Language;

internal ref partial struct Lexer
{
    /// <summary>
    /// IntValue and FloatValue. A number may not be followed by a digit after a leading zero, nor by a dot
    /// or a name start, so that <c>0x1</c> or <c>1.2.3</c> are errors rather than several tokens.
    /// </summary>
    private Token ReadNumber()
    {
        var start = _position;
        var position = start;
        var isFloat = false;
        var c = Peek(position);
        if (c == '-')
        {
            c = Peek(++position);
        }

        if (c == '0')
        {
            c = Peek(++position);
            if (IsDigit(c))
            {
                throw ErrorAt(position, "Invalid number, unexpected digit after 0: ");
            }
        }
        else
        {
            position = ReadDigits(position);
            c = Peek(position);
        }

        if (c == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
            c = Peek(position);
        }

        if (c == 'e' || c == 'E')
        {
            isFloat = true;
            c = Peek(++position);
            if (c == '+' || c == '-')
            {
                ++position;
            }

            position = ReadDigits(position);
            c = Peek(position);
        }

        if (c == '.' || IsNameStart(c))
        {
            throw ErrorAt(position, "Invalid number, expected digit but got: ");
        }

        _position = position;
        return MakeToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    /// <summary>One or more digits, returning the offset after them.</summary>
    private readonly int ReadDigits(int position)
    {
        if (!IsDigit(Peek(position)))
        {
            throw ErrorAt(position, "Invalid number, expected digit but got: ");
        }

        return SkipDigits(position);
    }

    private readonly int SkipDigits(int position)
    {
        while (IsDigit(Peek(position)))
        {
            position++;
        }

        return position;
    }
}
