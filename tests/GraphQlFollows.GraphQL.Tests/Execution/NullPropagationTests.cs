using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;
using static GraphQlFollows.GraphQL.Tests.Execution.TestSchema;

namespace GraphQlFollows.GraphQL.Tests.Execution;

/// <summary>Field errors and nulls in non-null positions, which null the nearest nullable parent.</summary>
public class NullPropagationTests
{
    private static readonly FieldResolver Throws = _ => throw new GraphQLException("boom", new Dictionary<string, object?> { ["code"] = "BOOM" });
    // Items after the first fail later, so that which error reaches a non-null list first does not depend on how the
    // thread pool orders two continuations.
    private static readonly FieldResolver ThrowsAsync = async context =>
    {
        await Task.Yield();
        if (context.Parent is int item && item > 1)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
        throw new GraphQLException("late boom");
    };

    private static readonly FieldResolver Null = _ => new ValueTask<object?>((object?)null);

    private static RequestExecutor Executor()
    {
        var item = Object("Item",
            Constant("ok", Str, "fine"),
            Field("nullableError", Str, Throws),
            Field("nonNullError", NonNull(Str), Throws),
            Field("nonNullNull", NonNull(Str), Null),
            Field("asyncNonNullError", NonNull(Str), ThrowsAsync));
        var query = Object("Query",
            Constant("item", item, 1),
            Constant("nonNullItem", NonNull(item), 1),
            Constant("items", List(item), new List<object?> { 1, 2 }),
            Constant("nonNullItems", List(NonNull(item)), new List<object?> { 1, 2 }),
            Constant("strictItems", NonNull(List(NonNull(item))), new List<object?> { 1, 2 }),
            Constant("listWithNull", List(NonNull(Str)), new List<object?> { "a", null }),
            Constant("nullableItemsWithNull", List(Str), new List<object?> { "a", null }),
            Constant("notAList", List(Str), "text"),
            Field("unexpected", Str, _ => throw new InvalidOperationException("secret internals")));
        return new RequestExecutor(Build(query));
    }

    [Fact]
    public async Task A_nullable_field_error_nulls_only_that_field_and_keeps_extensions()
    {
        var json = await Executor().ExecuteAsync("{ item { ok nullableError } }");

        Assert.Equal(
            Json("{'errors':[{'message':'boom','locations':[{'line':1,'column':13}],'path':['item','nullableError'],'extensions':{'code':'BOOM'}}],'data':{'item':{'ok':'fine','nullableError':null}}}"),
            json);
    }

    [Fact]
    public async Task A_non_null_field_error_nulls_the_parent_object()
    {
        var json = await Executor().ExecuteAsync("{ item { ok nonNullError } }");

        Assert.Equal(
            Json("{'errors':[{'message':'boom','locations':[{'line':1,'column':13}],'path':['item','nonNullError'],'extensions':{'code':'BOOM'}}],'data':{'item':null}}"),
            json);
    }

    [Fact]
    public async Task A_null_for_a_non_null_field_is_an_error_that_propagates_to_data()
    {
        var json = await Executor().ExecuteAsync("{ ok: item { ok } nonNullItem { nonNullNull } }");

        Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field Item.nonNullNull.','locations':[{'line':1,'column':33}],'path':['nonNullItem','nonNullNull']}],'data':null}"),
            json);
    }

    [Fact]
    public async Task An_error_in_a_non_null_list_item_nulls_the_list()
    {
        var json = await Executor().ExecuteAsync("{ nonNullItems { nonNullError } items { nonNullError } }");

        Assert.Equal(
            Json("{'errors':[" +
                "{'message':'boom','locations':[{'line':1,'column':18}],'path':['nonNullItems',0,'nonNullError'],'extensions':{'code':'BOOM'}}," +
                "{'message':'boom','locations':[{'line':1,'column':41}],'path':['items',0,'nonNullError'],'extensions':{'code':'BOOM'}}," +
                "{'message':'boom','locations':[{'line':1,'column':41}],'path':['items',1,'nonNullError'],'extensions':{'code':'BOOM'}}]," +
                "'data':{'nonNullItems':null,'items':[null,null]}}"),
            json);
    }

    [Fact]
    public async Task A_non_null_list_of_non_null_items_propagates_to_data()
    {
        var json = await Executor().ExecuteAsync("{ item { ok } strictItems { asyncNonNullError } }");

        Assert.Equal(
            Json("{'errors':[{'message':'late boom','locations':[{'line':1,'column':29}],'path':['strictItems',0,'asyncNonNullError']}],'data':null}"),
            json);
    }

    [Fact]
    public async Task Null_items_in_lists_follow_the_item_type()
    {
        var json = await Executor().ExecuteAsync("{ listWithNull nullableItemsWithNull }");

        Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field Query.listWithNull.','locations':[{'line':1,'column':3}],'path':['listWithNull',1]}],'data':{'listWithNull':null,'nullableItemsWithNull':['a',null]}}"),
            json);
    }

    [Fact]
    public async Task A_list_field_needs_a_list()
    {
        var json = await Executor().ExecuteAsync("{ notAList }");

        Assert.Equal(
            Json("{'errors':[{'message':'Expected Iterable, but did not find one for field \\'Query.notAList\\'.','locations':[{'line':1,'column':3}],'path':['notAList']}],'data':{'notAList':null}}"),
            json);
    }

    [Fact]
    public async Task Unexpected_exceptions_hide_their_message_unless_configured()
    {
        var logged = new List<Exception>();
        var hidden = await Executor().ExecuteAsync("{ unexpected }");
        var schema = Executor().Schema;
        var shown = await new RequestExecutor(schema, new ExecutionOptions { IncludeExceptionDetails = true, OnUnexpectedError = logged.Add })
            .ExecuteAsync("{ unexpected }");

        Assert.Equal(Json("{'errors':[{'message':'Unexpected error.','locations':[{'line':1,'column':3}],'path':['unexpected']}],'data':{'unexpected':null}}"), hidden);
        Assert.Equal(Json("{'errors':[{'message':'secret internals','locations':[{'line':1,'column':3}],'path':['unexpected']}],'data':{'unexpected':null}}"), shown);
        Assert.IsType<InvalidOperationException>(Assert.Single(logged));
    }

    [Fact]
    public async Task Exceptions_the_host_translates_are_reported_with_its_message_and_extensions_and_not_logged()
    {
        var logged = new List<Exception>();
        var translated = await new RequestExecutor(Executor().Schema, new ExecutionOptions
        {
            OnUnexpectedError = logged.Add,
            TranslateException = e => e is InvalidOperationException
                ? new GraphQLException("try later", new Dictionary<string, object?> { ["code"] = "SERVICE_UNAVAILABLE" })
                : null,
        }).ExecuteAsync("{ unexpected }");

        Assert.Equal(
            Json("{'errors':[{'message':'try later','locations':[{'line':1,'column':3}],'path':['unexpected'],'extensions':{'code':'SERVICE_UNAVAILABLE'}}],'data':{'unexpected':null}}"),
            translated);
        Assert.Empty(logged);
    }

    [Fact]
    public async Task Merged_fields_report_every_location()
    {
        var json = await Executor().ExecuteAsync("{ item { nullableError } ... on Query { item { nullableError } } }");

        Assert.Equal(
            Json("{'errors':[{'message':'boom','locations':[{'line':1,'column':10},{'line':1,'column':48}],'path':['item','nullableError'],'extensions':{'code':'BOOM'}}],'data':{'item':{'nullableError':null}}}"),
            json);
    }
}
