using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Language;

internal ref partial struct DocumentParser
{
    /// <summary>Value[Const] when <paramref name="isConst"/>, where variables are not allowed; otherwise Value.</summary>
    public ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(NameTable.Get(TokenText(token))) { Location = Loc(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(NameTable.Get(TokenText(token))) { Location = Loc(token) };
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return ParseNameValue(token);
            case TokenKind.Dollar when isConst:
                Advance();
                throw VariableInConstant(token);
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException VariableInConstant(in Token dollar) => _token.Kind == TokenKind.Name
        ? Error(dollar, $"Unexpected variable \"${NameTable.Get(TokenText(_token))}\" in constant value.")
        : Unexpected(dollar);

    /// <summary><c>true</c>, <c>false</c> and <c>null</c> are values of their own; other names are enum values.</summary>
    private readonly ValueNode ParseNameValue(in Token token)
    {
        var text = TokenText(token);
        var location = Loc(token);
        if (text.SequenceEqual("true"u8))
        {
            return location is null ? BooleanValueNode.True : new BooleanValueNode(true) { Location = location };
        }

        if (text.SequenceEqual("false"u8))
        {
            return location is null ? BooleanValueNode.False : new BooleanValueNode(false) { Location = location };
        }

        if (text.SequenceEqual("null"u8))
        {
            return location is null ? NullValueNode.Instance : new NullValueNode { Location = location };
        }

        return new EnumValueNode(NameTable.Get(text)) { Location = location };
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _token;
        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = Loc(token) };
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = _token;
        Advance();
        Enter(start);
        var buffer = _buffers.Values;
        var mark = buffer.Mark;
        while (!ExpectOptional(TokenKind.BracketR))
        {
            buffer.Push(ParseValueLiteral(isConst));
        }

        Leave();
        return new ListValueNode(buffer.PopFrom(mark)) { Location = Loc(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _token;
        Advance();
        Enter(start);
        var buffer = _buffers.ObjectFields;
        var mark = buffer.Mark;
        while (!ExpectOptional(TokenKind.BraceR))
        {
            var fieldStart = _token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            buffer.Push(new ObjectFieldNode(name, value) { Location = Loc(fieldStart) });
        }

        Leave();
        return new ObjectValueNode(buffer.PopFrom(mark)) { Location = Loc(start) };
    }

    /// <summary>Type: a named type or a list type, optionally followed by <c>!</c>.</summary>
    public TypeNode ParseTypeReference()
    {
        var start = _token;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketL))
        {
            Enter(start);
            var itemType = ParseTypeReference();
            Expect(TokenKind.BracketR);
            Leave();
            type = new ListTypeNode(itemType) { Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type) { Location = Loc(start) } : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _token;
        return new NamedTypeNode(ParseName()) { Location = Loc(start) };
    }
}
