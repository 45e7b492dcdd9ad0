using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Language;

/// <summary>
/// <c>extend ...</c> forms. Each must add something (directives, interfaces, fields, values or members);
/// an extension that adds nothing is a syntax error at the token after it.
/// </summary>
internal ref partial struct DocumentParser
{
    private TypeSystemDefinitionNode ParseTypeSystemExtension(in Token start)
    {
        ExpectKeyword("extend"u8);
        var keyword = _token;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (NameTable.Get(TokenText(keyword)))
            {
                case "schema": return ParseSchemaExtension(start);
                case "scalar": return ParseScalarTypeExtension(start);
                case "type": return ParseFieldsTypeExtension(start, isInterface: false);
                case "interface": return ParseFieldsTypeExtension(start, isInterface: true);
                case "union": return ParseUnionTypeExtension(start);
                case "enum": return ParseEnumTypeExtension(start);
                case "input": return ParseInputObjectTypeExtension(start);
            }
        }

        throw Unexpected(keyword);
    }

    private SchemaDefinitionNode ParseSchemaExtension(in Token start)
    {
        Advance();
        var directives = ParseDirectives(true);
        OperationTypeDefinitionNode[] operationTypes = ExpectOptional(TokenKind.BraceL) ? ParseOperationTypeDefinitions() : [];
        RequireAddition(directives.Length + operationTypes.Length);
        return new SchemaDefinitionNode(operationTypes) { Directives = directives, IsExtension = true, Location = Loc(start) };
    }

    private ScalarTypeDefinitionNode ParseScalarTypeExtension(in Token start)
    {
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(true);
        RequireAddition(directives.Length);
        return new ScalarTypeDefinitionNode(name) { Directives = directives, IsExtension = true, Location = Loc(start) };
    }

    private FieldsTypeDefinitionNode ParseFieldsTypeExtension(in Token start, bool isInterface)
    {
        Advance();
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        RequireAddition(interfaces.Length + directives.Length + fields.Length);
        return isInterface
            ? new InterfaceTypeDefinitionNode(name, interfaces, fields) { Directives = directives, IsExtension = true, Location = Loc(start) }
            : new ObjectTypeDefinitionNode(name, interfaces, fields) { Directives = directives, IsExtension = true, Location = Loc(start) };
    }

    private UnionTypeDefinitionNode ParseUnionTypeExtension(in Token start)
    {
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        RequireAddition(directives.Length + types.Length);
        return new UnionTypeDefinitionNode(name, types) { Directives = directives, IsExtension = true, Location = Loc(start) };
    }

    private EnumTypeDefinitionNode ParseEnumTypeExtension(in Token start)
    {
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = ParseEnumValuesDefinition();
        RequireAddition(directives.Length + values.Length);
        return new EnumTypeDefinitionNode(name, values) { Directives = directives, IsExtension = true, Location = Loc(start) };
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeExtension(in Token start)
    {
        Advance();
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        RequireAddition(directives.Length + fields.Length);
        return new InputObjectTypeDefinitionNode(name, fields) { Directives = directives, IsExtension = true, Location = Loc(start) };
    }

    private readonly void RequireAddition(int added)
    {
        if (added == 0)
        {
            throw Unexpected();
        }
    }
}
