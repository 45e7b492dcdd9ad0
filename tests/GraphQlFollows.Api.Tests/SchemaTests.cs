using GraphQlFollows.Api.Binding;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Store;
using GraphQlFollows.Follows.Tests;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQlFollows.Api.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void The_served_schema_is_the_repository_schema_file()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot(), "schema.graphql")), SchemaSource.Text);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "GraphQlFollows.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("The repository root was not found.");
        }
        return directory.FullName;
    }

    /// <summary>
    /// An unsized list would be priced as one item, so that nesting it would be free: a list field added without its
    /// <c>@listSize</c> (or without being a sized field of a connection) fails here.
    /// </summary>
    [Fact]
    public void Every_list_of_objects_is_sized_for_the_cost_of_operations()
    {
        var schema = new SchemaBuilder(SchemaSource.Text).Build();
        var fields = schema.Types.OfType<ObjectType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(type => type.Fields.Select(field => (Type: type, Field: field))).ToList();
        var sizedByParent = fields
            .Where(f => f.Field.AppliedDirectives.Any(d => d.Name.Value == "listSize"))
            .SelectMany(f => SizedFields(f.Field).Select(name => $"{f.Field.Type.GetNamedType().Name}.{name}"))
            .ToHashSet();

        var unsized = fields
            .Where(f => f.Field.Type.GetNullableType() is ListType && f.Field.Type.GetNamedType().IsCompositeType())
            .Where(f => f.Field.AppliedDirectives.All(d => d.Name.Value != "listSize") && !sizedByParent.Contains($"{f.Type.Name}.{f.Field.Name}"))
            .Select(f => $"{f.Type.Name}.{f.Field.Name}");

        Assert.Empty(unsized);
    }

    private static IEnumerable<string> SizedFields(FieldDefinition field) =>
        field.AppliedDirectives.Single(d => d.Name.Value == "listSize").Arguments
            .Where(a => a.Name.Value == "sizedFields")
            .SelectMany(a => ((GraphQlFollows.GraphQL.Language.Ast.ListValueNode)a.Value).Values)
            .Select(v => ((GraphQlFollows.GraphQL.Language.Ast.StringValueNode)v).Value);

    [Fact]
    public async Task Every_field_and_enum_of_the_schema_is_bound_to_the_domain()
    {
        await using var api = await ApiHarness.CreateAsync();
        var types = api.Executor.Schema.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)).ToList();

        var unbound = types.OfType<ObjectType>()
            .SelectMany(type => type.Fields.Where(f => f.Resolver is null).Select(f => $"{type.Name}.{f.Name}"));
        Assert.Empty(unbound);
        var subscription = api.Executor.Schema.SubscriptionType!;
        Assert.All(subscription.Fields, f => Assert.NotNull(f.Subscriber));
        var unmapped = types.OfType<EnumType>()
            .SelectMany(type => type.Values.Where(v => v.Value is null or string && Equals(v.Value, v.Name)).Select(v => $"{type.Name}.{v.Name}"));
        Assert.Empty(unmapped);
    }

    [Fact]
    public async Task A_host_that_builds_the_schema_from_the_sdl_binds_the_same_api()
    {
        await using var api = await ApiHarness.CreateAsync();
        var builder = new SchemaBuilder(File.ReadAllText(Path.Combine(RepositoryRoot(), "schema.graphql")));
        var executor = new RequestExecutor(FollowsApi.Bind(builder, api.Graph.Graph, GraphReads.Over(api.Graph.Database.Factory), api.Events).Build());

        var result = await ApiHarness.ExecuteAsync(executor, """{ address(address: "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") { address followingCount } }""");

        Assert.Equal("""{"data":{"address":{"address":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed","followingCount":0}}}""", result.ToJsonString());
    }

    [Fact]
    public async Task A_host_gets_the_schema_from_its_container()
    {
        await using var database = await TempDatabase.CreateAsync();
        var services = new ServiceCollection()
            .AddFollowsStore(database.Options)
            .AddFollowGraph()
            .AddFollowsApi(options => options.SubscriberBufferSize = 8);
        await using (var provider = services.BuildServiceProvider())
        {
            var executor = new RequestExecutor(provider.GetRequiredService<Schema>());

            var result = ApiHarness.ToJson(await executor.ExecuteAsync(new GraphQLRequest { Query = "{ operations { totalCount } }" }));

            Assert.Equal("""{"data":{"operations":{"totalCount":0}}}""", result.ToJsonString());
        }
    }
}
