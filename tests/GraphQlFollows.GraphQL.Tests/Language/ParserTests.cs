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
}
