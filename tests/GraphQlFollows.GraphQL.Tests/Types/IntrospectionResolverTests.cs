using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.GraphQL.Tests.Types;

/// <summary>The introspection types' resolvers read the schema model as graphql-js's do.</summary>
public class IntrospectionResolverTests
{
    private static readonly Schema Schema = new SchemaBuilder("""
        "Described" schema { query: Query }
        type Query {
          a(x: Int = 3, y: In = { s: "t" }, old: Int @deprecated): Int
          gone: Int @deprecated(reason: "No")
          n: Node
        }
        interface Node { id: ID }
        type A implements Node { id: ID }
        type B implements Node { id: ID }
        union U = A | B
        enum E { ONE TWO @deprecated }
        input In @oneOf { s: String, t: Int @deprecated }
        scalar Url @specifiedBy(url: "https://example.com")
        directive @d(x: [Int] = [1, 2]) repeatable on FIELD | QUERY
        """).Build();

    [Fact]
    public async Task Schema_fields_read_the_schema()
    {
        Assert.Equal("Described", await Resolve(Introspection.SchemaType, "description", Schema));
        Assert.Same(Schema.QueryType, await Resolve(Introspection.SchemaType, "queryType", Schema));
        Assert.Null(await Resolve(Introspection.SchemaType, "mutationType", Schema));
        Assert.Same(Schema.Types, await Resolve(Introspection.SchemaType, "types", Schema));
        Assert.Equal(
            ["d", "include", "skip", "deprecated", "specifiedBy", "oneOf"],
            Names(await Resolve(Introspection.SchemaType, "directives", Schema, IncludeDeprecated(false))));
    }

    [Fact]
    public async Task Type_fields_describe_each_kind()
    {
        var query = Schema.QueryType!;
        Assert.Equal("OBJECT", await Resolve(Introspection.TypeType, "kind", query));
        Assert.Equal("INPUT_OBJECT", await Resolve(Introspection.TypeType, "kind", Schema.GetType("In")!));
        Assert.Equal("NON_NULL", await Resolve(Introspection.TypeType, "kind", new NonNullType(query)));
        Assert.Equal("LIST", await Resolve(Introspection.TypeType, "kind", new ListType(query)));
        Assert.Null(await Resolve(Introspection.TypeType, "name", new ListType(query)));
        Assert.Same(query, await Resolve(Introspection.TypeType, "ofType", new ListType(query)));
        Assert.Equal("https://example.com", await Resolve(Introspection.TypeType, "specifiedByURL", Schema.GetType("Url")!));
        Assert.Equal(true, await Resolve(Introspection.TypeType, "isOneOf", Schema.GetType("In")!));
        Assert.Null(await Resolve(Introspection.TypeType, "isOneOf", query));
        Assert.Null(await Resolve(Introspection.TypeType, "fields", Schema.GetType("E")!, IncludeDeprecated(true)));
        Assert.Equal(["A", "B"], Names(await Resolve(Introspection.TypeType, "possibleTypes", Schema.GetType("Node")!)));
        Assert.Equal(["A", "B"], Names(await Resolve(Introspection.TypeType, "possibleTypes", Schema.GetType("U")!)));
        Assert.Null(await Resolve(Introspection.TypeType, "possibleTypes", query));
        Assert.Equal(["Node"], Names(await Resolve(Introspection.TypeType, "interfaces", Schema.GetType("A")!)));
    }

    [Fact]
    public async Task Deprecated_items_are_left_out_unless_asked_for()
    {
        var query = Schema.QueryType!;
        Assert.Equal(["a", "n"], Names(await Resolve(Introspection.TypeType, "fields", query, IncludeDeprecated(false))));
        Assert.Equal(["a", "gone", "n"], Names(await Resolve(Introspection.TypeType, "fields", query, IncludeDeprecated(true))));
        Assert.Equal(["ONE"], Names(await Resolve(Introspection.TypeType, "enumValues", Schema.GetType("E")!, IncludeDeprecated(false))));
        Assert.Equal(["s"], Names(await Resolve(Introspection.TypeType, "inputFields", Schema.GetType("In")!, IncludeDeprecated(false))));
        Assert.Equal(["x", "y"], Names(await Resolve(Introspection.FieldType, "args", query.Fields["a"]!, IncludeDeprecated(false))));
        Assert.Equal(["x", "y", "old"], Names(await Resolve(Introspection.FieldType, "args", query.Fields["a"]!, IncludeDeprecated(true))));
        Assert.Equal(true, await Resolve(Introspection.FieldType, "isDeprecated", query.Fields["gone"]!));
        Assert.Equal("No", await Resolve(Introspection.FieldType, "deprecationReason", query.Fields["gone"]!));
    }

    [Fact]
    public async Task Input_values_print_their_defaults()
    {
        var a = Schema.QueryType!.Fields["a"]!;
        Assert.Equal("3", await Resolve(Introspection.InputValueType, "defaultValue", a.Arguments["x"]!));
        Assert.Equal("{ s: \"t\" }", await Resolve(Introspection.InputValueType, "defaultValue", a.Arguments["y"]!));
        Assert.Null(await Resolve(Introspection.InputValueType, "defaultValue", a.Arguments["old"]!));
        Assert.Equal("[1, 2]", await Resolve(Introspection.InputValueType, "defaultValue", Schema.GetDirective("d")!.Arguments["x"]!));
        Assert.Equal("\"No longer supported\"", await Resolve(Introspection.InputValueType, "defaultValue", BuiltInDirectives.Deprecated.Arguments["reason"]!));
    }

    [Fact]
    public async Task Directives_list_their_locations_by_name()
    {
        var directive = Schema.GetDirective("d")!;
        Assert.Equal(["FIELD", "QUERY"], (IEnumerable<string>)(await Resolve(Introspection.DirectiveType, "locations", directive))!);
        Assert.Equal(true, await Resolve(Introspection.DirectiveType, "isRepeatable", directive));
        Assert.Equal(false, await Resolve(Introspection.DirectiveType, "isDeprecated", directive));
    }

    [Fact]
    public async Task Meta_fields_resolve_the_schema_a_type_and_the_type_name()
    {
        Assert.Same(Schema, await Introspection.SchemaMetaField.Resolver!(new Context(null, Introspection.SchemaMetaField)));
        var typeArguments = new Dictionary<string, object?> { ["name"] = "E" };
        Assert.Same(Schema.GetType("E"), await Introspection.TypeMetaField.Resolver!(new Context(null, Introspection.TypeMetaField, typeArguments)));
        var missing = new Dictionary<string, object?> { ["name"] = "Nope" };
        Assert.Null(await Introspection.TypeMetaField.Resolver!(new Context(null, Introspection.TypeMetaField, missing)));
        Assert.Equal("Query", await Introspection.TypeNameMetaField.Resolver!(new Context(null, Introspection.TypeNameMetaField)));
        Assert.Equal("String!", Assert.Single(Introspection.TypeMetaField.Arguments).Type.ToString());
    }

    private static Dictionary<string, object?> IncludeDeprecated(bool include) => new() { ["includeDeprecated"] = include };

    private static List<string> Names(object? items) => ((IEnumerable<object>)items!).Select(i => ((INamedElement)i).Name).ToList();

    private static async Task<object?> Resolve(ObjectType type, string field, object parent, Dictionary<string, object?>? arguments = null)
    {
        var definition = type.Fields[field]!;
        return await definition.Resolver!(new Context(parent, definition, arguments));
    }

    /// <summary>What a resolver sees of its field; the executor gives the same when it runs these resolvers.</summary>
    private sealed class Context(object? parent, FieldDefinition definition, Dictionary<string, object?>? arguments = null) : IResolverContext
    {
        public Schema Schema => IntrospectionResolverTests.Schema;
        public object? Parent => parent;
        public ObjectType ParentType => Schema.QueryType!;
        public FieldDefinition FieldDefinition => definition;
        public IReadOnlyList<FieldNode> FieldNodes => [];
        public IReadOnlyDictionary<string, object?> Arguments => arguments ?? [];
        public IReadOnlyDictionary<string, object?> Variables => new Dictionary<string, object?>();
        public OperationDefinitionNode Operation => throw new NotSupportedException();
        public IReadOnlyList<object> Path => [];
        public IDictionary<string, object?> ContextData => new Dictionary<string, object?>();
        public IServiceProvider? Services => null;
        public CancellationToken CancellationToken => CancellationToken.None;

        public TLoader GetDataLoader<TLoader>(string key, Func<TLoader> create) where TLoader : class => create();
    }
}
