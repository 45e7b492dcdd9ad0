using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;
using GraphQlFollows.GraphQL.Types.Scalars;

namespace GraphQlFollows.GraphQL.Tests.Types;

public class SchemaBuilderTests
{
    [Fact]
    public void Builds_every_kind_of_type_with_descriptions()
    {
        var schema = new SchemaBuilder("""
            "The root"
            type Query {
              "A field"
              node(id: ID!, "how many" first: Int = 10): Node
              search: [SearchResult!]!
              color(input: Filter): Color
              when: Date
            }
            interface Node { id: ID! }
            type User implements Node { id: ID! name: String }
            union SearchResult = User
            enum Color { RED "green" GREEN }
            input Filter { name: String, limit: Int = 5 }
            "A date" scalar Date @specifiedBy(url: "https://example.com/date")
            """).Build();

        var query = schema.QueryType!;
        Assert.Equal("The root", query.Description);
        var node = query.Fields["node"]!;
        Assert.Equal("A field", node.Description);
        Assert.Equal("Node", node.Type.ToString());
        Assert.Equal("ID!", node.Arguments["id"]!.Type.ToString());
        Assert.Equal("how many", node.Arguments["first"]!.Description);
        Assert.Equal("[SearchResult!]!", query.Fields["search"]!.Type.ToString());
        Assert.Same(BuiltInScalars.ID, ((NonNullType)node.Arguments["id"]!.Type).OfType);

        var user = Assert.IsType<ObjectType>(schema.GetType("User"));
        Assert.Same(schema.GetType("Node"), Assert.Single(user.Interfaces));
        Assert.Same(user, Assert.Single(Assert.IsType<UnionType>(schema.GetType("SearchResult")).Types));
        var color = Assert.IsType<EnumType>(schema.GetType("Color"));
        Assert.Equal(["RED", "GREEN"], color.Values.Select(v => v.Name));
        Assert.Equal("green", color.Values["GREEN"]!.Description);
        Assert.Equal("GREEN", color.Values["GREEN"]!.Value);
        var filter = Assert.IsType<InputObjectType>(schema.GetType("Filter"));
        Assert.Equal(["name", "limit"], filter.Fields.Select(f => f.Name));
        var date = Assert.IsType<ScalarType>(schema.GetType("Date"));
        Assert.Equal("A date", date.Description);
        Assert.Equal("https://example.com/date", date.SpecifiedByUrl);
    }

    [Fact]
    public void Lists_types_in_reference_order_with_only_the_used_built_in_scalars()
    {
        var schema = new SchemaBuilder("""
            type Query { a: A, count: Int }
            type A { id: ID }
            """).Build();

        Assert.Equal(
            ["Query", "Int", "A", "ID", "Boolean", "String", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            schema.Types.Select(t => t.Name));
        Assert.Null(schema.GetType("Float"));
    }

    [Fact]
    public void Uses_default_root_type_names_without_a_schema_definition()
    {
        var schema = new SchemaBuilder("""
            type Query { a: Int }
            type Mutation { b: Int }
            type Subscription { c: Int }
            """).Build();

        Assert.Equal("Query", schema.QueryType!.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Equal("Subscription", schema.SubscriptionType!.Name);
    }

    [Fact]
    public void Uses_the_schema_definition_and_its_extensions_for_root_types()
    {
        var schema = new SchemaBuilder("""
            "Described" schema { query: Root }
            extend schema { mutation: Change }
            type Root { a: Int }
            type Change { b: Int }
            type Mutation { c: Int }
            """).Build();

        Assert.Equal("Described", schema.Description);
        Assert.Equal("Root", schema.QueryType!.Name);
        Assert.Equal("Change", schema.MutationType!.Name);
        Assert.NotNull(schema.AstNode);
        Assert.Single(schema.ExtensionAstNodes);
    }

    [Fact]
    public void Applies_every_kind_of_extension()
    {
        var schema = new SchemaBuilder("""
            type Query { a: Int }
            extend type Query { b: String }
            interface I { id: ID }
            extend interface I { name: String }
            type T implements I { id: ID name: String }
            type U { x: Int }
            extend type T @tag { extra: Int }
            union R = T
            extend union R = U
            enum E { A }
            extend enum E { B }
            input In { a: Int }
            extend input In { b: Int }
            scalar S
            extend scalar S @specifiedBy(url: "https://example.com/s")
            directive @tag on OBJECT
            """).Build();

        Assert.Equal(["a", "b"], schema.QueryType!.Fields.Select(f => f.Name));
        Assert.Equal(["id", "name"], Assert.IsType<InterfaceType>(schema.GetType("I")).Fields.Select(f => f.Name));
        var t = Assert.IsType<ObjectType>(schema.GetType("T"));
        Assert.Equal(["id", "name", "extra"], t.Fields.Select(f => f.Name));
        Assert.Equal("tag", Assert.Single(t.AppliedDirectives).Name.Value);
        Assert.Single(t.ExtensionAstNodes);
        Assert.Equal(["T", "U"], Assert.IsType<UnionType>(schema.GetType("R")).Types.Select(m => m.Name));
        Assert.Equal(["A", "B"], Assert.IsType<EnumType>(schema.GetType("E")).Values.Select(v => v.Name));
        Assert.Equal(["a", "b"], Assert.IsType<InputObjectType>(schema.GetType("In")).Fields.Select(f => f.Name));
        Assert.Equal("https://example.com/s", Assert.IsType<ScalarType>(schema.GetType("S")).SpecifiedByUrl);
    }

    [Fact]
    public void Reads_deprecation_and_one_of()
    {
        var schema = new SchemaBuilder("""
            type Query {
              old: Int @deprecated
              older(arg: Int @deprecated(reason: "use other")): Int @deprecated(reason: "gone")
            }
            enum E { A @deprecated B }
            input In @oneOf { a: Int, b: String @deprecated(reason: "no") }
            """).Build();

        var query = schema.QueryType!;
        Assert.Equal("No longer supported", query.Fields["old"]!.DeprecationReason);
        Assert.Equal("gone", query.Fields["older"]!.DeprecationReason);
        Assert.Equal("use other", query.Fields["older"]!.Arguments["arg"]!.DeprecationReason);
        Assert.Equal("No longer supported", Assert.IsType<EnumType>(schema.GetType("E")).Values["A"]!.DeprecationReason);
        var input = Assert.IsType<InputObjectType>(schema.GetType("In"));
        Assert.True(input.IsOneOf);
        Assert.Equal("no", input.Fields["b"]!.DeprecationReason);
    }

    [Fact]
    public void Adds_built_in_directives_after_the_defined_ones_unless_redefined()
    {
        var schema = new SchemaBuilder("""
            type Query { a: Int }
            directive @custom repeatable on FIELD | QUERY
            directive @deprecated(reason: String) on FIELD_DEFINITION
            """).Build();

        Assert.Equal(["custom", "deprecated", "include", "skip", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
        Assert.True(schema.GetDirective("custom")!.IsRepeatable);
        Assert.Equal([DirectiveLocation.FIELD, DirectiveLocation.QUERY], schema.GetDirective("custom")!.Locations);
        Assert.NotSame(BuiltInDirectives.Deprecated, schema.GetDirective("deprecated"));
    }

    [Fact]
    public void Computes_possible_types_of_interfaces_and_unions()
    {
        var schema = new SchemaBuilder("""
            type Query { n: Node }
            interface Node { id: ID }
            interface Named implements Node { id: ID name: String }
            type A implements Node { id: ID }
            type B implements Node & Named { id: ID name: String }
            union AB = A | B
            """).Build();

        var node = schema.GetType("Node")!;
        var named = schema.GetType("Named")!;
        Assert.Equal(["A", "B"], schema.GetPossibleTypes(node).Select(t => t.Name));
        Assert.Equal(["B"], schema.GetPossibleTypes(named).Select(t => t.Name));
        Assert.True(schema.IsSubType(node, named));
        Assert.True(schema.IsSubType(schema.GetType("AB")!, schema.GetType("A")!));
        Assert.False(schema.IsSubType(named, schema.GetType("A")!));
    }

    [Fact]
    public void Binds_resolvers_subscribers_type_resolvers_and_enum_values()
    {
        FieldResolver resolver = _ => new ValueTask<object?>(1);
        SubscriptionSubscriber subscriber = _ => new ValueTask<IAsyncEnumerable<object?>>(AsyncEnumerable.Empty<object?>());
        TypeResolver typeResolver = (_, _) => "A";
        FieldResolver fallback = _ => new ValueTask<object?>((object?)null);
        var schema = new SchemaBuilder("""
            type Query { a: Int, n: Node }
            type Subscription { events: Int }
            interface Node { id: ID }
            type A implements Node { id: ID }
            enum E { ONE }
            """)
            .BindResolver("Query", "a", resolver)
            .BindSubscriber("Subscription", "events", subscriber)
            .BindTypeResolver("Node", typeResolver)
            .BindEnumValue("E", "ONE", 1)
            .WithDefaultFieldResolver(fallback)
            .Build();

        Assert.Same(resolver, schema.QueryType!.Fields["a"]!.Resolver);
        Assert.Same(subscriber, schema.SubscriptionType!.Fields["events"]!.Subscriber);
        Assert.Same(typeResolver, Assert.IsType<InterfaceType>(schema.GetType("Node")).ResolveType);
        Assert.Equal(1, Assert.IsType<EnumType>(schema.GetType("E")).Values["ONE"]!.Value);
        Assert.Same(fallback, schema.DefaultFieldResolver);
    }

    [Fact]
    public void Binds_an_enum_type_to_a_dotnet_enum_by_member_names()
    {
        var schema = new SchemaBuilder("type Query { d: Direction } enum Direction { North South }")
            .BindEnum<Direction>("Direction")
            .Build();

        var values = Assert.IsType<EnumType>(schema.GetType("Direction")).Values;
        Assert.Equal(Direction.North, values["North"]!.Value);
        Assert.Equal(Direction.South, values["South"]!.Value);
    }

    [Fact]
    public void Refuses_to_bind_an_enum_with_values_the_dotnet_enum_lacks()
    {
        var builder = new SchemaBuilder("type Query { d: Direction } enum Direction { North East West }").BindEnum<Direction>("Direction");

        var error = Assert.Throws<SchemaException>(builder.Build);

        Assert.Equal("Cannot bind enum \"Direction\" to Direction: it has no member named East, West.", Assert.Single(error.Errors).Message);
    }

    [Fact]
    public void Binds_a_custom_scalar_in_place_of_the_declared_one()
    {
        var address = new AddressScalar();
        var schema = new SchemaBuilder("""
            type Query { owner(of: Address): Address }
            "A wallet address" scalar Address @specifiedBy(url: "https://example.com/address")
            """).BindScalar(address).Build();

        Assert.Same(address, schema.GetType("Address"));
        Assert.Same(address, schema.QueryType!.Fields["owner"]!.Type);
        Assert.Same(address, schema.QueryType!.Fields["owner"]!.Arguments["of"]!.Type);
        Assert.Equal("A wallet address", address.Description);
        Assert.Equal("https://example.com/address", address.SpecifiedByUrl);
    }

    [Fact]
    public void Keeps_a_bound_scalar_s_own_description_and_url()
    {
        var amount = new AmountScalar { Description = "Wei, as a decimal string", SpecifiedByUrl = "https://example.com/wei" };
        new SchemaBuilder("""
            type Query { balance: Amount }
            "An amount" scalar Amount @specifiedBy(url: "https://example.com/amount")
            """).BindScalar(amount).Build();

        Assert.Equal("Wei, as a decimal string", amount.Description);
        Assert.Equal("https://example.com/wei", amount.SpecifiedByUrl);
    }

    [Fact]
    public void Reports_every_binding_to_a_missing_name()
    {
        var builder = new SchemaBuilder("type Query { a: Int } enum E { ONE }")
            .BindResolver("Nope", "a", _ => default)
            .BindResolver("Query", "nope", _ => default)
            .BindTypeResolver("Query", (_, _) => null)
            .BindEnumValue("E", "TWO", 2)
            .BindScalar(new AddressScalar());

        var error = Assert.Throws<SchemaException>(builder.Build);

        Assert.Equal(
            [
                "Cannot bind scalar \"Address\": the schema declares no custom scalar of that name.",
                "Cannot bind field \"Nope.a\": the schema has no object type \"Nope\".",
                "Cannot bind field \"Query.nope\": type \"Query\" has no field \"nope\".",
                "Cannot bind a type resolver to \"Query\": the schema has no interface or union of that name.",
                "Cannot bind enum value \"E.TWO\": enum \"E\" has no value \"TWO\".",
            ],
            error.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Reports_a_syntax_error_as_a_schema_error()
    {
        var error = Assert.Throws<SchemaException>(new SchemaBuilder("type Query {").Build);

        var single = Assert.Single(error.Errors);
        Assert.StartsWith("Syntax Error:", single.Message);
        Assert.Equal(new SourceLocation(1, 13), Assert.Single(single.Locations!));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Builds_or_cleanly_refuses_a_long_chain_of_types(int length)
    {
        var sdl = new System.Text.StringBuilder("type Query { next: T0 }\n");
        for (var i = 0; i < length; i++)
        {
            sdl.Append($"type T{i} {{ next: T{i + 1} }}\n");
        }

        sdl.Append($"type T{length} {{ end: Int }}\n");
        var builder = new SchemaBuilder(sdl.ToString());

        try
        {
            Assert.Equal(length + 2, builder.Build().Types.Count(t => t.Name[0] == 'T' || t.Name == "Query"));
        }
        catch (SchemaException error)
        {
            Assert.Equal("The schema nests types too deeply to be built.", Assert.Single(error.Errors).Message);
        }
    }

    private enum Direction
    {
        North,
        South,
    }

    private sealed class AmountScalar() : ScalarType("Amount");

    private sealed class AddressScalar() : ScalarType("Address")
    {
        public override object? Serialize(object? value) => value is string s ? s.ToLowerInvariant() : throw new GraphQLException("Not an address");
    }
}
