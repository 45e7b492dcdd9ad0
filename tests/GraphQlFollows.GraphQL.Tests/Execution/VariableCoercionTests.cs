using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;
using static GraphQlFollows.GraphQL.Tests.Execution.TestSchema;

namespace GraphQlFollows.GraphQL.Tests.Execution;

/// <summary>CoerceVariableValues and input coercion, seen through requests: messages and locations as graphql-js gives them.</summary>
public class VariableCoercionTests
{
    private static RequestExecutor Executor()
    {
        var color = Enum("Color", "RED", "GREEN");
        var point = InputObject("Point", new InputValue("x", NonNull(Int)), new InputValue("y", Int) { DefaultValue = new GraphQlFollows.GraphQL.Language.Ast.IntValueNode("7") });
        var choice = InputObject("Choice", new InputValue("id", ID), new InputValue("name", Str));
        choice.IsOneOf = true;
        var query = Object("Query",
            Field("int", Str, Echo, Argument("value", Int)),
            Field("ints", Str, Echo, Argument("value", List(NonNull(Int)))),
            Field("point", Str, Echo, Argument("value", point)),
            Field("choice", Str, Echo, Argument("value", choice)),
            Field("color", Str, Echo, Argument("value", color)),
            Field("has", Str, c => new ValueTask<object?>(c.Arguments.ContainsKey("value") ? "present" : "absent"), Argument("value", Int)));
        return new RequestExecutor(Build(query));
    }

    private static readonly FieldResolver Echo = c => new ValueTask<object?>(Describe(c.Arguments.GetValueOrDefault("value")));

    private static string Describe(object? value) => value switch
    {
        null => "null",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.Select(e => e.Key + ":" + Describe(e.Value))) + "}",
        List<object?> list => "[" + string.Join(",", list.Select(Describe)) + "]",
        _ => value.GetType().Name + " " + value,
    };

    [Theory]
    [InlineData("query($v: Int) { int(value: $v) }", "{\"v\":3}", "{'data':{'int':'Int32 3'}}")]
    [InlineData("query($v: [Int!]) { ints(value: $v) }", "{\"v\":5}", "{'data':{'ints':'[Int32 5]'}}")]
    [InlineData("query($v: [Int!]) { ints(value: $v) }", "{\"v\":[1,2]}", "{'data':{'ints':'[Int32 1,Int32 2]'}}")]
    [InlineData("query($v: Point) { point(value: $v) }", "{\"v\":{\"x\":1}}", "{'data':{'point':'{x:Int32 1,y:Int32 7}'}}")]
    [InlineData("query($v: Point) { point(value: $v) }", "{\"v\":{\"x\":1,\"y\":null}}", "{'data':{'point':'{x:Int32 1,y:null}'}}")]
    [InlineData("query($v: Choice) { choice(value: $v) }", "{\"v\":{\"name\":\"n\"}}", "{'data':{'choice':'{name:String n}'}}")]
    [InlineData("query($v: Color) { color(value: $v) }", "{\"v\":\"GREEN\"}", "{'data':{'color':'String GREEN'}}")]
    [InlineData("query($v: Int = 4) { int(value: $v) }", "{}", "{'data':{'int':'Int32 4'}}")]
    [InlineData("query($v: Int) { has(value: $v) }", "{}", "{'data':{'has':'absent'}}")]
    [InlineData("query($v: Int) { has(value: $v) }", "{\"v\":null}", "{'data':{'has':'present'}}")]
    public async Task Coerces_valid_variables(string query, string variables, string expected)
    {
        Assert.Equal(Json(expected), await Executor().ExecuteAsync(query, variables));
    }

    [Theory]
    [InlineData("query($v: Int!) { int(value: $v) }", "{}",
        "Variable \\'$v\\' has invalid value: Expected a value of non-null type \\'Int!\\' to be provided.")]
    [InlineData("query($v: Int!) { int(value: $v) }", "{\"v\":null}",
        "Variable \\'$v\\' has invalid value: Expected value of non-null type \\'Int!\\' not to be null.")]
    [InlineData("query($v: Int) { int(value: $v) }", "{\"v\":\"3\"}",
        "Variable \\'$v\\' has invalid value: Int cannot represent non-integer value: \\'3\\'")]
    [InlineData("query($v: [Int!]) { ints(value: $v) }", "{\"v\":[1,null]}",
        "Variable \\'$v\\' has invalid value at [1]: Expected value of non-null type \\'Int!\\' not to be null.")]
    [InlineData("query($v: Point) { point(value: $v) }", "{\"v\":{\"y\":1}}",
        "Variable \\'$v\\' has invalid value: Expected value of type \\'Point\\' to include required field \\'x\\', found: { y: 1 }.")]
    [InlineData("query($v: Point) { point(value: $v) }", "{\"v\":{\"x\":1,\"z\":2}}",
        "Variable \\'$v\\' has invalid value: Expected value of type \\'Point\\' not to include unknown field \\'z\\'. Did you mean \\'x\\' or \\'y\\'? Found: { x: 1, z: 2 }.")]
    [InlineData("query($v: Point) { point(value: $v) }", "{\"v\":{\"x\":1,\"other\":2}}",
        "Variable \\'$v\\' has invalid value: Expected value of type \\'Point\\' not to include unknown field \\'other\\', found: { x: 1, other: 2 }.")]
    [InlineData("query($v: Color) { color(value: $v) }", "{\"v\":\"GREEM\"}",
        "Variable \\'$v\\' has invalid value: Value \\'GREEM\\' does not exist in \\'Color\\' enum. Did you mean the enum value \\'GREEN\\' or \\'RED\\'?")]
    [InlineData("query($v: Point) { point(value: $v) }", "{\"v\":[1]}",
        "Variable \\'$v\\' has invalid value: Expected value of type \\'Point\\' to be an object, found: [1].")]
    [InlineData("query($v: Choice) { choice(value: $v) }", "{\"v\":{\"id\":\"1\",\"name\":\"n\"}}",
        "Variable \\'$v\\' has invalid value: Within OneOf Input Object type \\'Choice\\', exactly one field must be specified, and the value for that field must be non-null.")]
    [InlineData("query($v: Choice) { choice(value: $v) }", "{\"v\":{\"id\":null}}",
        "Variable \\'$v\\' has invalid value at .id: Within OneOf Input Object type \\'Choice\\', exactly one field must be specified, and the value for that field must be non-null.")]
    [InlineData("query($v: Color) { color(value: $v) }", "{\"v\":\"BLUE\"}",
        "Variable \\'$v\\' has invalid value: Value \\'BLUE\\' does not exist in \\'Color\\' enum.")]
    public async Task Reports_invalid_variables_at_their_definition_without_data(string query, string variables, string message)
    {
        var json = await Executor().ExecuteAsync(query, variables);

        Assert.Equal(Json("{'errors':[{'message':'" + message + "','locations':[{'line':1,'column':7}]}]}"), json);
    }

    [Fact]
    public async Task Reports_every_invalid_variable()
    {
        var json = await Executor().ExecuteAsync("query($a: Int!, $b: [Int!]) { int(value: $a) ints(value: $b) }", "{\"b\":[\"x\",null]}");

        Assert.Equal(
            Json("{'errors':[" +
                "{'message':'Variable \\'$a\\' has invalid value: Expected a value of non-null type \\'Int!\\' to be provided.','locations':[{'line':1,'column':7}]}," +
                "{'message':'Variable \\'$b\\' has invalid value at [0]: Int cannot represent non-integer value: \\'x\\'','locations':[{'line':1,'column':17}]}," +
                "{'message':'Variable \\'$b\\' has invalid value at [1]: Expected value of non-null type \\'Int!\\' not to be null.','locations':[{'line':1,'column':17}]}]}"),
            json);
    }

    [Theory]
    [InlineData("{ int(value: 3) }", "{'data':{'int':'Int32 3'}}")]
    [InlineData("{ ints(value: 3) }", "{'data':{'ints':'[Int32 3]'}}")]
    [InlineData("{ point(value: { x: 2 }) }", "{'data':{'point':'{x:Int32 2,y:Int32 7}'}}")]
    [InlineData("{ color(value: RED) }", "{'data':{'color':'String RED'}}")]
    [InlineData("query($x: Int) { point(value: { x: 2, y: $x }) }", "{'data':{'point':'{x:Int32 2,y:Int32 7}'}}")]
    public async Task Coerces_literal_arguments(string query, string expected)
    {
        Assert.Equal(Json(expected), await Executor().ExecuteAsync(query, "{}"));
    }

    [Theory]
    [InlineData("query($x: Int = 3) { point(value: { x: $x }) }", "point", 40,
        "Argument \\'Query.point(value:)\\' has invalid value at .x: Expected variable \\'$x\\' provided to non-null type \\'Int!\\' not to be null.")]
    [InlineData("query($x: Int = 3) { ints(value: [1, $x]) }", "ints", 38,
        "Argument \\'Query.ints(value:)\\' has invalid value at [1]: Expected variable \\'$x\\' provided to non-null type \\'Int!\\' not to be null.")]
    public async Task A_variable_that_makes_an_argument_invalid_is_a_field_error_at_the_variable(string query, string field, int column, string message)
    {
        var json = await Executor().ExecuteAsync(query, "{\"x\":null}");

        Assert.Equal(
            Json("{'errors':[{'message':'" + message + "','locations':[{'line':1,'column':" + column + "}],'path':['" + field + "']}],'data':{'" + field + "':null}}"),
            json);
    }
}
