using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Tests.Language;

/// <summary>Expected texts were produced by graphql-js 17.1.0's <c>print</c> from the same sources.</summary>
public class PrinterTests
{
    private const string Query = """"""""
            query Feed($author: ID!, $first: Int = 10, $filter: FeedFilter = {kinds: [POST, REPOST], since: "2024-01-01"}) @cached(ttl: 60) {
              viewer { id, ...ProfileParts }
              feed(author: $author, first: $first, filter: $filter, orderBy: {field: CREATED_AT, direction: DESC}, includeReplies: false) {
                edges { cursor node { ... on Post { body(format: MARKDOWN) } ... @include(if: true) { id } } }
                pageInfo { hasNextPage, endCursor }
              }
              alias: node(id: "x\n\"y\"\u0001") { __typename }
              numbers(values: [1, -2, 3.5, 4e10, null, true, ENUM], nested: [[1], [[2]], []], empty: {})
            }

            mutation { follow(input: {target: "0xabc", signature: """sig"""}) { ok } }

            subscription OnFollow @live { followed { id } }

            """
            Fragment
            description
            """
            fragment ProfileParts on Profile @deferrable { handle avatar(size: 64) }
            """""""";

    private const string PrintedQuery = """"""""
            query Feed($author: ID!, $first: Int = 10, $filter: FeedFilter = { kinds: [POST, REPOST], since: "2024-01-01" }) @cached(ttl: 60) {
              viewer {
                id
                ...ProfileParts
              }
              feed(
                author: $author
                first: $first
                filter: $filter
                orderBy: { field: CREATED_AT, direction: DESC }
                includeReplies: false
              ) {
                edges {
                  cursor
                  node {
                    ... on Post {
                      body(format: MARKDOWN)
                    }
                    ... @include(if: true) {
                      id
                    }
                  }
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
              alias: node(id: "x\n\"y\"\u0001") {
                __typename
              }
              numbers(
                values: [1, -2, 3.5, 4e10, null, true, ENUM]
                nested: [[1], [[2]], []]
                empty: {  }
              )
            }

            mutation {
              follow(input: { target: "0xabc", signature: """sig""" }) {
                ok
              }
            }

            subscription OnFollow @live {
              followed {
                id
              }
            }

            """
            Fragment
            description
            """
            fragment ProfileParts on Profile @deferrable {
              handle
              avatar(size: 64)
            }
            """""""";

    private const string Schema = """"""""
            "The schema"
            schema @a { query: Query mutation: Mutation }
            extend schema @b { subscription: Subscription }

            """
            A scalar
              with indentation
            """
            scalar DateTime @specifiedBy(url: "https://example.com")
            extend scalar DateTime @c

            type Query implements & Node & Entity @key(fields: "id") {
              "The id"
              id: ID!
              """
              Searches.
              """
              search(
                "what to look for" term: String!,
                first: Int = 20 @deprecated(reason: "use limit"),
                filter: Filter = {kinds: [A, B]}
              ): [Result!]! @complexity(value: 2)
              plain(a: Int, b: [String]): Int
            }
            extend type Query implements Other { extra: Int }
            extend type Query @d

            interface Node { id: ID! }
            interface Entity implements Node & Other { id: ID! }
            extend interface Entity @e

            union Result @f = | Post | Profile
            extend union Result = Comment

            enum Kind { "first" A @g B, C }
            extend enum Kind { D }

            input Filter @h { kinds: [Kind!] = [A], "since when" since: DateTime }
            extend input Filter { until: DateTime }

            "Repeats"
            directive @complexity(value: Int!, "multiplier" factor: Float = 1.0) repeatable on FIELD_DEFINITION | OBJECT
            directive @key(fields: String!) on | OBJECT | INTERFACE
            """""""";

    private const string PrintedSchema = """"""""
            "The schema"
            schema @a {
              query: Query
              mutation: Mutation
            }

            extend schema @b {
              subscription: Subscription
            }

            """
            A scalar
              with indentation
            """
            scalar DateTime @specifiedBy(url: "https://example.com")

            extend scalar DateTime @c

            type Query implements Node & Entity @key(fields: "id") {
              "The id"
              id: ID!
              """Searches."""
              search(
                "what to look for"
                term: String!
                first: Int = 20 @deprecated(reason: "use limit")
                filter: Filter = { kinds: [A, B] }
              ): [Result!]! @complexity(value: 2)
              plain(a: Int, b: [String]): Int
            }

            extend type Query implements Other {
              extra: Int
            }

            extend type Query @d

            interface Node {
              id: ID!
            }

            interface Entity implements Node & Other {
              id: ID!
            }

            extend interface Entity @e

            union Result @f = Post | Profile

            extend union Result = Comment

            enum Kind {
              "first"
              A @g
              B
              C
            }

            extend enum Kind {
              D
            }

            input Filter @h {
              kinds: [Kind!] = [A]
              "since when"
              since: DateTime
            }

            extend input Filter {
              until: DateTime
            }

            "Repeats"
            directive @complexity(
              value: Int!
              "multiplier"
              factor: Float = 1.0
            ) repeatable on FIELD_DEFINITION | OBJECT

            directive @key(fields: String!) on OBJECT | INTERFACE
            """""""";

    [Fact]
    public void Prints_an_executable_document_as_graphql_js_does()
    {
        Assert.Equal(PrintedQuery, Printer.Print(Parser.Parse(Query)));
    }

    [Fact]
    public void Prints_a_type_system_document_as_graphql_js_does()
    {
        Assert.Equal(PrintedSchema, Printer.Print(Parser.Parse(Schema)));
    }

    [Theory]
    [InlineData(PrintedQuery)]
    [InlineData(PrintedSchema)]
    public void Printed_documents_print_back_to_themselves(string printed)
    {
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"", "\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"", "\"simple\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"", "\"  leading space\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"", "\"ends with quote\\\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"", "\"has \\\"\\\"\\\" inside\"")]
    [InlineData("ends with triple\"\"\"", "\"\"\"\nends with triple\\\"\"\"\n\"\"\"", "\"ends with triple\\\"\\\"\\\"\"")]
    [InlineData("back\\", "\"\"\"\nback\\\n\"\"\"", "\"back\\\\\"")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\"\"\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\"\"\"", "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"")]
    [InlineData("line1\nline2", "\"\"\"\nline1\nline2\n\"\"\"", "\"line1\\nline2\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"", "\"first\\n  indented\"")]
    [InlineData("\ttab first", "\"\"\"\ttab first\"\"\"", "\"\\ttab first\"")]
    public void Prints_string_values_as_graphql_js_does(string value, string asBlock, string asString)
    {
        Assert.Equal(asBlock, Printer.Print(new StringValueNode(value, block: true)));
        Assert.Equal(asString, Printer.Print(new StringValueNode(value)));
        Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(asBlock)).Value);
        Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(asString)).Value);
    }

    [Fact]
    public void Prints_nodes_built_by_code()
    {
        var field = new FieldNode(
            new NameNode("me"),
            new NameNode("user"),
            [new ArgumentNode(new NameNode("id"), new VariableNode(new NameNode("id")))],
            [],
            new SelectionSetNode([new FieldNode(null, new NameNode("name"), [], [], null)]));
        Assert.Equal("me: user(id: $id) {\n  name\n}", Printer.Print(field));
        Assert.Equal("[[Int!]]!", Printer.Print(Parser.ParseType("[[Int!]]!")));
    }
}
