using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Language;

internal ref partial struct DocumentParser
{
    public DocumentNode ParseDocument()
    {
        var definitions = _buffers.Definitions;
        var mark = definitions.Mark;
        do
        {
            definitions.Push(ParseDefinition());
        }
        while (!Peek(TokenKind.EndOfFile));

        return new DocumentNode(definitions.PopFrom(mark))
        {
            Location = _options.NoLocation ? null : new Location(0, _token.CharEnd, 1, 1),
        };
    }

    private DefinitionNode ParseDefinition()
    {
        var start = _token;
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition(start, null);
        }

        var description = PeekDescription() ? ParseStringLiteral() : null;
        var keyword = _token;
        if (description is not null && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (NameTable.Get(TokenText(keyword)))
            {
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition(start, description);
                case "fragment":
                    return ParseFragmentDefinition(start, description);
                case "schema":
                    return ParseSchemaDefinition(start, description);
                case "scalar":
                    return ParseScalarTypeDefinition(start, description);
                case "type":
                    return ParseObjectTypeDefinition(start, description);
                case "interface":
                    return ParseInterfaceTypeDefinition(start, description);
                case "union":
                    return ParseUnionTypeDefinition(start, description);
                case "enum":
                    return ParseEnumTypeDefinition(start, description);
                case "input":
                    return ParseInputObjectTypeDefinition(start, description);
                case "directive":
                    return ParseDirectiveDefinition(start, description);
                case "extend" when description is null:
                    return ParseTypeSystemExtension(start);
            }

            if (description is not null)
            {
                throw Error(start, "Unexpected description, only GraphQL definitions support descriptions.");
            }
        }

        throw Unexpected(keyword);
    }

    private OperationDefinitionNode ParseOperationDefinition(in Token start, StringValueNode? description)
    {
        if (description is null && Peek(TokenKind.BraceL))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], shorthand) { Location = Loc(start) };
        }

        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variables, directives, selectionSet)
        {
            Description = description,
            Location = Loc(start),
        };
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        var text = TokenText(token);
        if (text.SequenceEqual("query"u8))
        {
            return OperationType.Query;
        }

        if (text.SequenceEqual("mutation"u8))
        {
            return OperationType.Mutation;
        }

        return text.SequenceEqual("subscription"u8) ? OperationType.Subscription : throw Unexpected(token);
    }

    private VariableDefinitionNode[] ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var buffer = _buffers.VariableDefinitions;
        var mark = buffer.Mark;
        do
        {
            buffer.Push(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return buffer.PopFrom(mark);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _token;
        var description = PeekDescription() ? ParseStringLiteral() : null;
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        var directives = ParseDirectives(true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives)
        {
            Description = description,
            Location = Loc(start),
        };
    }

    private VariableNode ParseVariable()
    {
        var start = _token;
        Expect(TokenKind.Dollar);
        return new VariableNode(ParseName()) { Location = Loc(start) };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = _token;
        Expect(TokenKind.BraceL);
        Enter(start);
        var buffer = _buffers.Selections;
        var mark = buffer.Mark;
        if (!_options.AllowEmptySelectionSets || !Peek(TokenKind.BraceR))
        {
            do
            {
                buffer.Push(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
            }
            while (!Peek(TokenKind.BraceR));
        }

        Advance();
        Leave();
        return new SelectionSetNode(buffer.PopFrom(mark)) { Location = Loc(start) };
    }

    private FieldNode ParseField()
    {
        var start = _token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = Loc(start) };
    }

    private ArgumentNode[] ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var buffer = _buffers.Arguments;
        var mark = buffer.Mark;
        do
        {
            var start = _token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            buffer.Push(new ArgumentNode(name, value) { Location = Loc(start) });
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return buffer.PopFrom(mark);
    }

    /// <summary>A fragment spread or an inline fragment, both introduced by <c>...</c>.</summary>
    private SelectionNode ParseFragment()
    {
        var start = _token;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            return new FragmentSpreadNode(name, ParseDirectives(false)) { Location = Loc(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet) { Location = Loc(start) };
    }

    private FragmentDefinitionNode ParseFragmentDefinition(in Token start, StringValueNode? description)
    {
        ExpectKeyword("fragment"u8);
        var name = ParseFragmentName();
        ExpectKeyword("on"u8);
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet)
        {
            Description = description,
            Location = Loc(start),
        };
    }

    /// <summary>Any name but <c>on</c>, which would make <c>... on T</c> ambiguous.</summary>
    private NameNode ParseFragmentName() => PeekKeyword("on"u8) ? throw Unexpected() : ParseName();

    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var buffer = _buffers.Directives;
        var mark = buffer.Mark;
        while (Peek(TokenKind.At))
        {
            var start = _token;
            Advance();
            var name = ParseName();
            buffer.Push(new DirectiveNode(name, ParseArguments(isConst)) { Location = Loc(start) });
        }

        return buffer.PopFrom(mark);
    }

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(NameTable.Get(TokenText(token))) { Location = Loc(token) };
    }
}
