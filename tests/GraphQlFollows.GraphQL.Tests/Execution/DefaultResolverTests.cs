using System.Text;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Utilities;
using static GraphQlFollows.GraphQL.Tests.Execution.TestSchema;

namespace GraphQlFollows.GraphQL.Tests.Execution;

/// <summary>
/// Fields without a resolver of their own, over data read from JSON: the executor reads dictionary entries itself,
/// and must give the values and errors the default resolver and CompleteValue would.
/// </summary>
public class DefaultResolverTests
{
    private static RequestExecutor Executor()
    {
        var owner = Object("Owner",
            Field("name", NonNull(Str)),
            Field("age", Int),
            Field("active", Bool),
            Field("score", Float));
        var query = Object("Query",
            Field("owner", owner),
            Field("owners", List(owner)),
            Field("label", Str, null, Argument("suffix", Str)));
        return new RequestExecutor(Build(query));
    }

    private static object? Data(string json) => JsonValues.Parse(Encoding.UTF8.GetBytes(Json(json)));

    [Fact]
    public async Task Entries_are_read_and_serialized_by_their_scalar_type()
    {
        var json = await Executor().ExecuteAsync(
            "{ owner { name age active score } }",
            rootValue: Data("{'owner':{'name':'ada','age':36,'active':true,'score':2}}"));

        Assert.Equal(Json("{'data':{'owner':{'name':'ada','age':36,'active':true,'score':2}}}"), json);
    }

    [Fact]
    public async Task A_missing_entry_of_a_non_null_field_nulls_the_parent_with_an_error()
    {
        var json = await Executor().ExecuteAsync(
            "{ owners { name age } }",
            rootValue: Data("{'owners':[{'name':'ada','age':1},{'age':2}]}"));

        Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field Owner.name.','locations':[{'line':1,'column':12}],'path':['owners',1,'name']}]," +
                "'data':{'owners':[{'name':'ada','age':1},null]}}"),
            json);
    }

    [Fact]
    public async Task An_entry_its_scalar_cannot_serialize_is_a_field_error()
    {
        var json = await Executor().ExecuteAsync(
            "{ owner { name age } }",
            rootValue: Data("{'owner':{'name':'ada','age':'old'}}"));

        Assert.Equal(
            Json("{'errors':[{'message':'Int cannot represent non-integer value: \\\"old\\\"','locations':[{'line':1,'column':16}],'path':['owner','age']}]," +
                "'data':{'owner':{'name':'ada','age':null}}}"),
            json);
    }

    [Fact]
    public async Task A_field_with_arguments_reads_its_entry_through_the_resolver_path()
    {
        var json = await Executor().ExecuteAsync(
            "query($s: String) { label(suffix: $s) }",
            variablesJson: Json("{'s':'!'}"),
            rootValue: Data("{'label':'hello'}"));

        Assert.Equal(Json("{'data':{'label':'hello'}}"), json);
    }
}
