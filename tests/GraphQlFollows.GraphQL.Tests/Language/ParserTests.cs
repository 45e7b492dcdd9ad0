using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Tests.Language;

public class ParserTests
{
    [Fact]
    public void Parses_a_query_with_variables_arguments_fragments_and_directives()
    {
        var document = Parser.Parse("""
            query Q($id: ID! = "1", $n: [Int!]) @live {
              user: node(id: $id, first: 10, order: {by: NAME, desc: true}) {
                ... on User { name @include(if: true) }
                ...Rest
              }
            }
            fragment Rest on Node { id }
            """);

        Assert.Equal(2, document.Definitions.Count);
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("Q", operation.Name!.Value);
        Assert.Equal(2, operation.VariableDefinitions.Count);
        var id = operation.VariableDefinitions[0];
        Assert.Equal("id", id.Variable.Name.Value);
        var idType = Assert.IsType<NonNullTypeNode>(id.Type);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(idType.Type).Name.Value);
        Assert.Equal("1", Assert.IsType<StringValueNode>(id.DefaultValue).Value);
        var list = Assert.IsType<ListTypeNode>(operation.VariableDefinitions[1].Type);
        Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal("live", Assert.Single(operation.Directives).Name.Value);

        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("user", field.Alias!.Value);
        Assert.Equal("node", field.Name.Value);
        Assert.Equal("user", field.ResponseKey);
        Assert.Equal(3, field.Arguments.Count);
        Assert.Equal("id", Assert.IsType<VariableNode>(field.Arguments[0].Value).Name.Value);
        Assert.Equal("10", Assert.IsType<IntValueNode>(field.Arguments[1].Value).Value);
        var order = Assert.IsType<ObjectValueNode>(field.Arguments[2].Value);
        Assert.Equal("NAME", Assert.IsType<EnumValueNode>(order.Fields[0].Value).Value);
        Assert.True(Assert.IsType<BooleanValueNode>(order.Fields[1].Value).Value);

        var inline = Assert.IsType<InlineFragmentNode>(field.SelectionSet!.Selections[0]);
        Assert.Equal("User", inline.TypeCondition!.Name.Value);
        Assert.Equal("Rest", Assert.IsType<FragmentSpreadNode>(field.SelectionSet.Selections[1]).Name.Value);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("Node", fragment.TypeCondition.Name.Value);
    }

    [Fact]
    public void Shares_the_strings_of_repeated_names()
    {
        var document = Parser.Parse("{ a { a } }");
        var outer = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        var inner = (FieldNode)outer.SelectionSet!.Selections[0];
        Assert.Same(outer.Name.Value, inner.Name.Value);
    }

    [Fact]
    public void Sets_locations_in_UTF16_code_units_as_graphql_js_does()
    {
        const string source = "\n  \"d\" query Q($a: [Int!] = [1]) {\r\n  u: user(id: \"😀\") @x { name }\n}";
        var document = Parser.Parse(source);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        var variable = operation.VariableDefinitions[0];
        var field = (FieldNode)operation.SelectionSet.Selections[0];

        Assert.Equal(new Location(0, 69, 1, 1), document.Location);
        Assert.Equal(new Location(3, 69, 2, 3), operation.Location);
        Assert.Equal(new Location(3, 6, 2, 3), operation.Description!.Location);
        Assert.Equal(new Location(13, 14, 2, 13), operation.Name!.Location);
        Assert.Equal(new Location(15, 31, 2, 15), variable.Location);
        Assert.Equal(new Location(15, 17, 2, 15), variable.Variable.Location);
        Assert.Equal(new Location(19, 25, 2, 19), variable.Type.Location);
        Assert.Equal(new Location(20, 24, 2, 20), ((ListTypeNode)variable.Type).Type.Location);
        Assert.Equal(new Location(28, 31, 2, 28), variable.DefaultValue!.Location);
        Assert.Equal(new Location(33, 69, 2, 33), operation.SelectionSet.Location);
        Assert.Equal(new Location(38, 67, 3, 3), field.Location);
        Assert.Equal(new Location(38, 39, 3, 3), field.Alias!.Location);
        Assert.Equal(new Location(46, 54, 3, 11), field.Arguments[0].Location);
        Assert.Equal(new Location(50, 54, 3, 15), field.Arguments[0].Value.Location);
        Assert.Equal(new Location(56, 58, 3, 21), field.Directives[0].Location);
        Assert.Equal(new Location(59, 67, 3, 24), field.SelectionSet!.Location);
        Assert.Equal(new Location(61, 65, 3, 26), field.SelectionSet.Selections[0].Location);
    }

    [Fact]
    public void Sets_locations_on_type_system_nodes()
    {
        var document = Parser.Parse("type T implements I @d {\n  f(a: Int = 1): [T!]\n}\nextend union U = A");
        var type = (ObjectTypeDefinitionNode)document.Definitions[0];
        Assert.Equal(new Location(0, 48, 1, 1), type.Location);
        Assert.Equal(new Location(18, 19, 1, 19), type.Interfaces[0].Location);
        Assert.Equal(new Location(27, 46, 2, 3), type.Fields[0].Location);
        Assert.Equal(new Location(29, 39, 2, 5), type.Fields[0].Arguments[0].Location);
        Assert.Equal(new Location(42, 46, 2, 18), type.Fields[0].Type.Location);
        Assert.Equal(new Location(49, 67, 4, 1), document.Definitions[1].Location);
    }

    [Fact]
    public void Leaves_locations_unset_when_asked()
    {
        var document = Parser.Parse("{ a(b: true) }", new ParserOptions { NoLocation = true });
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Null(document.Location);
        Assert.Null(field.Location);
        Assert.Same(BooleanValueNode.True, field.Arguments[0].Value);
    }

    [Fact]
    public void Parses_descriptions_on_operations_fragments_and_variables()
    {
        var document = Parser.Parse(""""
            "Loads a user"
            query Q("the id" $id: ID) { a }
            """Parts""" fragment F on T { a }
            """");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("Loads a user", operation.Description!.Value);
        Assert.Equal("the id", operation.VariableDefinitions[0].Description!.Value);
        var fragment = (FragmentDefinitionNode)document.Definitions[1];
        Assert.Equal("Parts", fragment.Description!.Value);
        Assert.True(fragment.Description.Block);
    }

    [Fact]
    public void Parses_every_type_system_definition()
    {
        var document = Parser.Parse("""
            "Root" schema @a { query: Q mutation: M subscription: S }
            "S" scalar Date @b
            "T" type T implements & I & J @c { "f" f("a" a: Int = 1 @d): [T!]! @e }
            interface I implements J { f: Int }
            union U @f = | A | B
            enum E { "A" A @g B }
            input In { a: Int = 2, b: [In!] }
            "D" directive @d(a: Int) repeatable on FIELD | QUERY
            directive @e on | OBJECT
            """);
        Assert.Equal(
            [
                NodeKind.SchemaDefinition, NodeKind.ScalarTypeDefinition, NodeKind.ObjectTypeDefinition,
                NodeKind.InterfaceTypeDefinition, NodeKind.UnionTypeDefinition, NodeKind.EnumTypeDefinition,
                NodeKind.InputObjectTypeDefinition, NodeKind.DirectiveDefinition, NodeKind.DirectiveDefinition,
            ],
            document.Definitions.Select(d => d.Kind));

        var schema = (SchemaDefinitionNode)document.Definitions[0];
        Assert.Equal("Root", schema.Description!.Value);
        Assert.Equal([OperationType.Query, OperationType.Mutation, OperationType.Subscription], schema.OperationTypes.Select(o => o.Operation));
        Assert.Equal("M", schema.OperationTypes[1].Type.Name.Value);

        var type = (ObjectTypeDefinitionNode)document.Definitions[2];
        Assert.Equal(["I", "J"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("c", type.Directives[0].Name.Value);
        var field = type.Fields[0];
        Assert.Equal("f", field.Description!.Value);
        Assert.Equal("a", field.Arguments[0].Description!.Value);
        Assert.Equal("1", ((IntValueNode)field.Arguments[0].DefaultValue!).Value);
        Assert.Equal("d", field.Arguments[0].Directives[0].Name.Value);
        Assert.IsType<NonNullTypeNode>(field.Type);

        Assert.Equal(["J"], ((InterfaceTypeDefinitionNode)document.Definitions[3]).Interfaces.Select(i => i.Name.Value));
        Assert.Equal(["A", "B"], ((UnionTypeDefinitionNode)document.Definitions[4]).Types.Select(t => t.Name.Value));
        var enumType = (EnumTypeDefinitionNode)document.Definitions[5];
        Assert.Equal(["A", "B"], enumType.Values.Select(v => v.Name.Value));
        Assert.Equal("A", enumType.Values[0].Description!.Value);
        Assert.Equal(2, ((InputObjectTypeDefinitionNode)document.Definitions[6]).Fields.Count);

        var directive = (DirectiveDefinitionNode)document.Definitions[7];
        Assert.True(directive.Repeatable);
        Assert.Equal(["FIELD", "QUERY"], directive.Locations.Select(l => l.Value));
        Assert.False(((DirectiveDefinitionNode)document.Definitions[8]).Repeatable);
    }

    [Fact]
    public void Parses_every_extension_as_its_definition_class_marked_as_extension()
    {
        var document = Parser.Parse("""
            extend schema @a { query: Q }
            extend scalar S @b
            extend type T implements I { f: Int }
            extend interface I @c
            extend union U = C
            extend enum E { C }
            extend input In @d
            """);
        Assert.Equal(
            [
                NodeKind.SchemaExtension, NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension,
                NodeKind.InterfaceTypeExtension, NodeKind.UnionTypeExtension, NodeKind.EnumTypeExtension,
                NodeKind.InputObjectTypeExtension,
            ],
            document.Definitions.Select(d => d.Kind));
        Assert.All(document.Definitions, d => Assert.True(((TypeSystemDefinitionNode)d).IsExtension));
        Assert.Equal("I", ((ObjectTypeDefinitionNode)document.Definitions[2]).Interfaces[0].Name.Value);
    }

    [Theory]
    [InlineData("[1, 2.5, \"s\", true, false, null, ENUM, $v, {a: [{}]}]", NodeKind.ListValue)]
    [InlineData("{a: 1}", NodeKind.ObjectValue)]
    [InlineData("\"\"\"block\"\"\"", NodeKind.StringValue)]
    [InlineData("-1.5e3", NodeKind.FloatValue)]
    public void Parses_values_on_their_own(string source, NodeKind kind)
    {
        Assert.Equal(kind, Parser.ParseValue(source).Kind);
    }

    [Fact]
    public void Rejects_variables_in_constant_values_and_trailing_tokens()
    {
        var variable = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("[$v]"));
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", variable.Message);
        var trailing = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("1 2"));
        Assert.Equal("Syntax Error: Expected <EOF>, found Int \"2\".", trailing.Message);
        Assert.Equal(new SourceLocation(1, 3), trailing.Location);
    }

    [Fact]
    public void Parses_type_references_on_their_own()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[Int!]]!"));
        var outer = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(inner.Type).Type).Name.Value);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("Int!!"));
    }

    [Fact]
    public void Parses_UTF8_bytes_directly()
    {
        var document = Parser.Parse("{ a(b: \"é\") }"u8);
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("é", ((StringValueNode)field.Arguments[0].Value).Value);
    }
}
