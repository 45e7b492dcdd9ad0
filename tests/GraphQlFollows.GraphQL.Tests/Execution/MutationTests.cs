using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;
using static GraphQlFollows.GraphQL.Tests.Execution.TestSchema;

namespace GraphQlFollows.GraphQL.Tests.Execution;

public class MutationTests
{
    [Fact]
    public async Task Root_mutation_fields_run_one_after_another()
    {
        var log = new List<string>();
        var running = 0;
        FieldResolver Step(string name, int delay) => async c =>
        {
            Assert.Equal(1, Interlocked.Increment(ref running));
            log.Add("start " + name);
            await Task.Delay(delay);
            log.Add("end " + name);
            Interlocked.Decrement(ref running);
            return c.Arguments["value"];
        };
        var mutation = Object("Mutation",
            Field("slow", Int, Step("slow", 30), Argument("value", Int)),
            Field("fast", Int, Step("fast", 0), Argument("value", Int)));
        var executor = new RequestExecutor(Build(Object("Query", Constant("x", Int, 1)), mutation));

        var json = await executor.ExecuteAsync("mutation { a: slow(value: 1) b: fast(value: 2) c: slow(value: 3) }");

        Assert.Equal(Json("{'data':{'a':1,'b':2,'c':3}}"), json);
        Assert.Equal(["start slow", "end slow", "start fast", "end fast", "start slow", "end slow"], log);
    }

    [Fact]
    public async Task A_failed_non_null_mutation_field_stops_the_ones_after_it()
    {
        var calls = new List<string>();
        var mutation = Object("Mutation",
            Field("first", NonNull(Int), _ => { calls.Add("first"); throw new GraphQLException("refused"); }),
            Field("second", Int, _ => { calls.Add("second"); return new ValueTask<object?>(2); }));
        var executor = new RequestExecutor(Build(Object("Query", Constant("x", Int, 1)), mutation));

        var json = await executor.ExecuteAsync("mutation { first second }");

        Assert.Equal(Json("{'errors':[{'message':'refused','locations':[{'line':1,'column':12}],'path':['first']}],'data':null}"), json);
        Assert.Equal(["first"], calls);
    }

    [Fact]
    public async Task An_operation_without_a_root_type_is_an_error()
    {
        // Validation rejects such documents; an operation prepared by other means still gets a clear error.
        var executor = new RequestExecutor(Build(Object("Query", Constant("x", Int, 1))));
        var document = GraphQlFollows.GraphQL.Language.Parser.Parse("mutation { x }");
        var operation = new PreparedOperation { Document = document, Operation = (GraphQlFollows.GraphQL.Language.Ast.OperationDefinitionNode)document.Definitions[0] };

        var result = await executor.ExecuteAsync(operation, new GraphQLRequest { Query = "mutation { x }" }, CancellationToken.None);

        Assert.True(result.HasData);
        Assert.Null(result.Data);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Schema is not configured to execute mutation operation.", error.Message);
        Assert.Equal([new SourceLocation(1, 1)], error.Locations);
    }
}
