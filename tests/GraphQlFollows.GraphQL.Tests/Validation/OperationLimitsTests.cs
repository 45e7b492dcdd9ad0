using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Validation;
using GraphQlFollows.GraphQL.Validation.Limits;

namespace GraphQlFollows.GraphQL.Tests.Validation;

public class OperationLimitsTests
{
    private static readonly Schema Schema = new SchemaBuilder("type Query { node: Node } type Node { name: String child: Node }").Build();

    private static RequestExecutor Executor(int maxDepth = 100, int maxFields = 100, int maxAliases = 100) =>
        new(Schema, new ExecutionOptions { ValidationRules = [.. SpecifiedRules.All, new OperationLimits(maxDepth, maxFields, maxAliases).Rule] });

    private static string? Code(PreparedOperation prepared) =>
        Assert.Single(prepared.Errors).Extensions?["code"] as string;

    [Fact]
    public void Refuses_fields_nested_deeper_than_the_limit_fragments_expanded()
    {
        var executor = Executor(maxDepth: 3);

        Assert.True(executor.Prepare("{ node { child { name } } }", null).IsValid);
        Assert.Equal(OperationLimits.TooDeepCode, Code(executor.Prepare("{ node { child { ...F } } } fragment F on Node { child { name } }", null)));
    }

    [Fact]
    public void Counts_a_fragment_s_fields_wherever_it_is_spread()
    {
        var executor = Executor(maxFields: 5);
        const string fragment = " fragment F on Node { name child { name } }";

        Assert.True(executor.Prepare("{ node { ...F } }" + fragment, null).IsValid);
        Assert.Equal(OperationLimits.TooManyFieldsCode, Code(executor.Prepare("{ node { ...F } other: node { ...F } }" + fragment, null)));
    }

    [Fact]
    public void Refuses_more_aliases_than_the_limit()
    {
        var executor = Executor(maxAliases: 1);

        Assert.True(executor.Prepare("{ a: node { name } }", null).IsValid);
        Assert.Equal(OperationLimits.TooManyAliasesCode, Code(executor.Prepare("{ a: node { name } b: node { name } }", null)));
    }

    [Fact]
    public void Measures_every_operation_of_the_document()
    {
        var executor = Executor(maxDepth: 2);

        var prepared = executor.Prepare("query Shallow { node { name } } query Deep { node { child { name } } }", "Shallow");

        Assert.Equal(OperationLimits.TooDeepCode, Code(prepared));
    }

    [Fact]
    public void Leaves_an_invalid_document_to_the_specified_rules()
    {
        var prepared = Executor(maxDepth: 1).Prepare("{ node { child { zzz } } }", null);

        var error = Assert.Single(prepared.Errors);
        Assert.Equal("Cannot query field \"zzz\" on type \"Node\".", error.Message);
        Assert.Null(error.Extensions);
    }

    [Fact]
    public void A_refusal_is_cached_with_the_prepared_document()
    {
        var executor = Executor(maxDepth: 1);

        var first = executor.Prepare("{ node { name } }", null);
        var second = executor.Prepare("{ node { name } }", null);

        Assert.Equal(OperationLimits.TooDeepCode, Code(first));
        Assert.Same(first.Errors, second.Errors);
        Assert.Equal(1, executor.CachedDocumentCount);
    }

    [Fact]
    public void Without_the_rule_in_the_options_nothing_is_limited()
    {
        var executor = new RequestExecutor(Schema);

        Assert.True(executor.Prepare("{ a: node { child { child { child { name } } } } b: node { name } }", null).IsValid);
    }
}
