using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Language;

internal ref partial struct DocumentParser
{
    private SchemaDefinitionNode ParseSchemaDefinition(in Token start, StringValueNode? description)
    {
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(true);
        Expect(TokenKind.BraceL);
        var operationTypes = ParseOperationTypeDefinitions();
        return new SchemaDefinitionNode(operationTypes)
        {
            Description = description,
            Directives = directives,
            Location = Loc(start),
        };
    }

    /// <summary>One or more root operation types, after the opening brace.</summary>
    private OperationTypeDefinitionNode[] ParseOperationTypeDefinitions()
    {
        var buffer = _buffers.OperationTypes;
        var mark = buffer.Mark;
        do
        {
            var start = _token;
            var operation = ParseOperationType();
            Expect(TokenKind.Colon);
            var type = ParseNamedType();
            buffer.Push(new OperationTypeDefinitionNode(operation, type) { Location = Loc(start) });
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return buffer.PopFrom(mark);
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition(in Token start, StringValueNode? description)
    {
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new ScalarTypeDefinitionNode(name) { Description = description, Directives = directives, Location = Loc(start) };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition(in Token start, StringValueNode? description)
    {
        ExpectKeyword("type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(name, interfaces, fields)
        {
            Description = description,
            Directives = directives,
            Location = Loc(start),
        };
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition(in Token start, StringValueNode? description)
    {
        ExpectKeyword("interface"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(name, interfaces, fields)
        {
            Description = description,
            Directives = directives,
            Location = Loc(start),
        };
    }

    /// <summary><c>implements A &amp; B</c>, where a leading <c>&amp;</c> is allowed.</summary>
    private NamedTypeNode[] ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements"u8) ? ParseNamedTypes(TokenKind.Amp) : [];

    /// <summary>Named types separated by a delimiter, which may also precede the first.</summary>
    private NamedTypeNode[] ParseNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        var buffer = _buffers.NamedTypes;
        var mark = buffer.Mark;
        do
        {
            buffer.Push(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return buffer.PopFrom(mark);
    }

    private FieldDefinitionNode[] ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        var buffer = _buffers.FieldDefinitions;
        var mark = buffer.Mark;
        do
        {
            buffer.Push(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return buffer.PopFrom(mark);
    }

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _token;
        var description = PeekDescription() ? ParseStringLiteral() : null;
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(true);
        return new FieldDefinitionNode(name, arguments, type, directives) { Description = description, Location = Loc(start) };
    }

    /// <summary>Arguments definitions (in parentheses) or input fields definitions (in braces); absent means none.</summary>
    private InputValueDefinitionNode[] ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return [];
        }

        var buffer = _buffers.InputValueDefinitions;
        var mark = buffer.Mark;
        do
        {
            buffer.Push(ParseInputValueDefinition());
        }
        while (!ExpectOptional(close));

        return buffer.PopFrom(mark);
    }

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _token;
        var description = PeekDescription() ? ParseStringLiteral() : null;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        var directives = ParseDirectives(true);
        return new InputValueDefinitionNode(name, type, defaultValue, directives) { Description = description, Location = Loc(start) };
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition(in Token start, StringValueNode? description)
    {
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(name, types) { Description = description, Directives = directives, Location = Loc(start) };
    }

    private NamedTypeNode[] ParseUnionMemberTypes() => ExpectOptional(TokenKind.Equals) ? ParseNamedTypes(TokenKind.Pipe) : [];

    private EnumTypeDefinitionNode ParseEnumTypeDefinition(in Token start, StringValueNode? description)
    {
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(name, values) { Description = description, Directives = directives, Location = Loc(start) };
    }

    private EnumValueDefinitionNode[] ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        var buffer = _buffers.EnumValueDefinitions;
        var mark = buffer.Mark;
        do
        {
            var start = _token;
            var description = PeekDescription() ? ParseStringLiteral() : null;
            if (PeekKeyword("true"u8) || PeekKeyword("false"u8) || PeekKeyword("null"u8))
            {
                throw ReservedEnumValue();
            }

            var name = ParseName();
            var directives = ParseDirectives(true);
            buffer.Push(new EnumValueDefinitionNode(name, directives) { Description = description, Location = Loc(start) });
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return buffer.PopFrom(mark);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException ReservedEnumValue() =>
        Error(_token, $"{Describe(_token)} is reserved and cannot be used for an enum value.");

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition(in Token start, StringValueNode? description)
    {
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        return new InputObjectTypeDefinitionNode(name, fields) { Description = description, Directives = directives, Location = Loc(start) };
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition(in Token start, StringValueNode? description)
    {
        ExpectKeyword("directive"u8);
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);
        var repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8);
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(name, arguments, repeatable, locations) { Description = description, Location = Loc(start) };
    }

    private NameNode[] ParseDirectiveLocations()
    {
        ExpectOptional(TokenKind.Pipe);
        var buffer = _buffers.Names;
        var mark = buffer.Mark;
        do
        {
            var token = _token;
            var name = ParseName();
            if (!DirectiveLocationNames.TryParse(name.Value, out _))
            {
                throw Unexpected(token);
            }

            buffer.Push(name);
        }
        while (ExpectOptional(TokenKind.Pipe));

        return buffer.PopFrom(mark);
    }
}
