using System.Text;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;
using GraphQlFollows.GraphQL.Validation;

namespace GraphQlFollows.Cli.Tests;

/// <summary>The documents and request bodies the tool prints are valid against the served schema and carry the same input.</summary>
public sealed class DocumentTests : IDisposable
{
    private const long Ts = 1_763_000_000_000;

    private static readonly Lazy<Schema> ServedSchema =
        new(() => new SchemaBuilder(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema.graphql"))).Build());

    private readonly DemoIdentity _identity = DemoIdentity.Create();

    public static TheoryData<string> MutationNames => ["registerSigningKey", "revokeSigningKey", "createProfile", "follow", "unfollow", "batchUnfollow"];

    [Theory]
    [MemberData(nameof(MutationNames))]
    public void The_inline_document_validates_against_the_schema(string field)
    {
        var mutation = Mutation(field);

        var document = Parser.Parse(mutation.InlineDocument());

        Assert.Empty(DocumentValidator.Validate(ServedSchema.Value, document));
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        var selection = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(field, selection.Name.Value);
    }

    [Theory]
    [MemberData(nameof(MutationNames))]
    public void The_json_body_validates_and_its_variables_hold_the_inline_input(string field)
    {
        var mutation = Mutation(field);

        var body = Assert.IsType<Dictionary<string, object?>>(JsonValues.Parse(Encoding.UTF8.GetBytes(mutation.JsonBody())));
        var document = Parser.Parse(Assert.IsType<string>(body["query"]));
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        var variables = CoerceVariableValues.Coerce(ServedSchema.Value, operation, (IReadOnlyDictionary<string, object?>)body["variables"]!, out var errors);

        Assert.Empty(DocumentValidator.Validate(ServedSchema.Value, document));
        Assert.Empty(errors);
        Assert.Equal(operation.Name?.Value, body["operationName"]);
        Assert.Equal(InlineInput(mutation), variables!["input"]);
    }

    [Fact]
    public void Text_that_needs_escaping_survives_both_forms()
    {
        var mutation = SignedMutations.Follow(_identity, "quote\"back\\slash\nline ✓", Ts);

        var inline = InlineInput(mutation);
        var body = (Dictionary<string, object?>)JsonValues.Parse(Encoding.UTF8.GetBytes(mutation.JsonBody()))!;
        var input = (Dictionary<string, object?>)((Dictionary<string, object?>)body["variables"]!)["input"]!;

        Assert.Equal("quote\"back\\slash\nline ✓", inline["handle"]);
        Assert.Equal(inline["handle"], input["handle"]);
        Assert.Equal(inline["message"], input["message"]);
    }

    public void Dispose() => _identity.Dispose();

    private SignedMutation Mutation(string field) => field switch
    {
        "registerSigningKey" => SignedMutations.RegisterSigningKey(_identity, "CyberConnect"),
        "revokeSigningKey" => SignedMutations.RevokeSigningKey(_identity, Ts),
        "createProfile" => SignedMutations.CreateProfile(_identity, "alice", Ts),
        "follow" => SignedMutations.Follow(_identity, "alice", Ts),
        "unfollow" => SignedMutations.Unfollow(_identity, "alice", Ts),
        "batchUnfollow" => SignedMutations.BatchUnfollow(_identity, ["alice", "bob"], Ts),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>The <c>input</c> argument of the inline document, as plain values.</summary>
    private static Dictionary<string, object?> InlineInput(SignedMutation mutation)
    {
        var operation = (OperationDefinitionNode)Parser.Parse(mutation.InlineDocument()).Definitions[0];
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        var argument = Assert.Single(field.Arguments);
        Assert.Equal("input", argument.Name.Value);
        return Assert.IsType<Dictionary<string, object?>>(ValueFromAstUntyped.Convert(argument.Value, variables: null));
    }
}
