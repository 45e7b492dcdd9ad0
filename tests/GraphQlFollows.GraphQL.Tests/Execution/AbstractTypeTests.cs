using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;
using static GraphQlFollows.GraphQL.Tests.Execution.TestSchema;

namespace GraphQlFollows.GraphQL.Tests.Execution;

public class AbstractTypeTests
{
    private sealed record Dog(string Name, bool Barks);

    private sealed record Cat(string Name, int Lives);

    private static Schema PetSchema(TypeResolver? resolveType, bool withIsTypeOf)
    {
        var pet = Interface("Pet", Field("name", Str));
        pet.ResolveType = resolveType;
        var dog = Object("Dog", Field("name", Str, c => new ValueTask<object?>(((Dog)c.Parent!).Name)), Field("barks", Bool, c => new ValueTask<object?>(((Dog)c.Parent!).Barks)));
        var cat = Object("Cat", Field("name", Str, c => new ValueTask<object?>(((Cat)c.Parent!).Name)), Field("lives", Int, c => new ValueTask<object?>(((Cat)c.Parent!).Lives)));
        dog.AddInterface(pet);
        cat.AddInterface(pet);
        if (withIsTypeOf)
        {
            dog.IsTypeOf = (value, _) => value is Dog;
            cat.IsTypeOf = (value, _) => value is Cat;
        }

        var any = new UnionType("Any") { ResolveType = resolveType };
        any.AddType(dog);
        any.AddType(cat);
        var query = Object("Query",
            Constant("pets", List(pet), new List<object?> { new Dog("Rex", true), new Cat("Tom", 9) }),
            Constant("things", List(any), new List<object?> { new Cat("Felix", 3), new Dog("Fido", false) }),
            Constant("stranger", pet, "not a pet"));
        return Build(query, extraTypes: [dog, cat, any]);
    }

    private static string? ByClrType(object value, IResolverContext context) => value switch
    {
        Dog => "Dog",
        Cat => "Cat",
        string => "Query",
        _ => null,
    };

    private const string PetsQuery =
        "{ pets { __typename name ... on Dog { barks } ...CatFields } things { ... on Pet { name } ... on Cat { lives } } } fragment CatFields on Cat { lives }";

    private const string PetsResult =
        "{'data':{'pets':[{'__typename':'Dog','name':'Rex','barks':true},{'__typename':'Cat','name':'Tom','lives':9}],'things':[{'name':'Felix','lives':3},{'name':'Fido'}]}}";

    [Fact]
    public async Task Resolves_runtime_types_with_the_types_resolver()
    {
        var json = await new RequestExecutor(PetSchema(ByClrType, withIsTypeOf: false)).ExecuteAsync(PetsQuery);

        Assert.Equal(Json(PetsResult), json);
    }

    [Fact]
    public async Task Falls_back_to_the_schemas_default_type_resolver()
    {
        var schema = PetSchema(null, withIsTypeOf: false);
        schema.DefaultTypeResolver = ByClrType;

        var json = await new RequestExecutor(schema).ExecuteAsync(PetsQuery);

        Assert.Equal(Json(PetsResult), json);
    }

    [Fact]
    public async Task Falls_back_to_is_type_of()
    {
        var json = await new RequestExecutor(PetSchema(null, withIsTypeOf: true)).ExecuteAsync(PetsQuery);

        Assert.Equal(Json(PetsResult), json);
    }

    [Fact]
    public async Task Reads_typename_entries_of_dictionaries()
    {
        var pet = Interface("Pet", Field("name", Str));
        var dog = Object("Dog", Field("name", Str));
        dog.AddInterface(pet);
        var query = Object("Query", Constant("pet", pet, new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Rex" }));

        var json = await new RequestExecutor(Build(query, extraTypes: dog)).ExecuteAsync("{ pet { __typename name } }");

        Assert.Equal(Json("{'data':{'pet':{'__typename':'Dog','name':'Rex'}}}"), json);
    }

    [Fact]
    public async Task A_runtime_type_that_is_not_possible_is_a_field_error()
    {
        var json = await new RequestExecutor(PetSchema(ByClrType, withIsTypeOf: false)).ExecuteAsync("{ stranger { name } }");

        Assert.Equal(
            Json("{'errors':[{'message':'Runtime Object type \\'Query\\' is not a possible type for \\'Pet\\'.','locations':[{'line':1,'column':3}],'path':['stranger']}],'data':{'stranger':null}}"),
            json);
    }

    [Fact]
    public async Task An_unresolvable_type_is_a_field_error()
    {
        var json = await new RequestExecutor(PetSchema(null, withIsTypeOf: false)).ExecuteAsync("{ pets { name } }");

        Assert.Equal(
            Json("{'errors':[" +
                "{'message':'Abstract type \\'Pet\\' must resolve to an Object type at runtime for field \\'Query.pets\\'. Either the \\'Pet\\' type should provide a \\'resolveType\\' function or each possible type should provide an \\'isTypeOf\\' function.','locations':[{'line':1,'column':3}],'path':['pets',0]}," +
                "{'message':'Abstract type \\'Pet\\' must resolve to an Object type at runtime for field \\'Query.pets\\'. Either the \\'Pet\\' type should provide a \\'resolveType\\' function or each possible type should provide an \\'isTypeOf\\' function.','locations':[{'line':1,'column':3}],'path':['pets',1]}]," +
                "'data':{'pets':[null,null]}}"),
            json);
    }

    [Fact]
    public async Task Is_type_of_guards_object_fields_too()
    {
        var dog = Object("Dog", Field("name", Str));
        dog.IsTypeOf = (value, _) => value is Dictionary<string, object?>;
        var query = Object("Query", Constant("dog", dog, 42));

        var json = await new RequestExecutor(Build(query)).ExecuteAsync("{ dog { name } }");

        Assert.Equal(
            Json("{'errors':[{'message':'Expected value of type \\'Dog\\' but got: 42.','locations':[{'line':1,'column':3}],'path':['dog']}],'data':{'dog':null}}"),
            json);
    }
}
