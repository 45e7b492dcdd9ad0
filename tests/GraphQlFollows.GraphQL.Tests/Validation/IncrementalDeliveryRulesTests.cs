using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Validation;
using GraphQlFollows.GraphQL.Validation.Rules;

namespace GraphQlFollows.GraphQL.Tests.Validation;

/// <summary>The rules about <c>@defer</c> and <c>@stream</c>, against a schema that defines them.</summary>
public class IncrementalDeliveryRulesTests
{
    private static readonly Schema Schema = new SchemaBuilder("""
        directive @defer(if: Boolean! = true, label: String) on FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @stream(if: Boolean! = true, label: String, initialCount: Int = 0) on FIELD
        type Item { id: ID tags: [String] name: String }
        type Query { items: [Item] item: Item }
        type Mutation { addItem: Item addItems: [Item] }
        type Subscription { itemAdded: Item itemsAdded: [Item] }
        """).Build();

    [Fact]
    public void LabelsAreStaticAndUnique()
    {
        var errors = Locations(c => new DeferStreamDirectiveLabel(c), """
            { items @stream(label: "a") { id } ... @defer(label: "a") { item { name } } item { ... @defer(label: "b") { id } ... @defer { name } } }
            """);
        Assert.Equal([(1, 9), (1, 40)], errors);
        Assert.Equal([(1, 27)], Locations(c => new DeferStreamDirectiveLabel(c), """
            query Q($l: String) { ... @defer(label: $l) { item { id } } }
            """));
    }

    [Fact]
    public void StreamAppliesToListsOnly() => Assert.Equal([(1, 40)], Locations(c => new StreamDirectiveOnListField(c), """
        { items @stream { id tags @stream name @stream } item { tags @stream(initialCount: 1) } }
        """));

    [Fact]
    public void MutationRootFieldsAreNeitherDeferredNorStreamed()
    {
        Assert.Equal([(1, 23), (1, 42), (2, 30)], Locations(c => new DeferStreamDirectiveOnRootField(c), """
            mutation M { addItems @stream { id } ... @defer { addItem { id } } ...F }
            fragment F on Mutation { ... @defer { addItem { id } } }
            """));
        Assert.Empty(Locations(c => new DeferStreamDirectiveOnRootField(c), """
            mutation M { addItem { ... @defer { id } } } query { items @stream { id } }
            """));
    }

    [Fact]
    public void SubscriptionsUseThemOnlyWhereTheyCanBeTurnedOff()
    {
        Assert.Equal([(1, 43), (2, 86), (1, 101)], Locations(c => new DeferStreamDirectiveOnValidOperations(c), """
            subscription S($v: Boolean!) { itemsAdded @stream { id } ... @defer(if: false) { itemAdded { id } } ...F }
            fragment F on Subscription { ... @defer(if: $v) { itemAdded { id } } itemAdded { ... @defer { id } } }
            """));
        Assert.Empty(Locations(c => new DeferStreamDirectiveOnValidOperations(c), """
            subscription S { itemAdded { ... @defer @skip(if: true) { id } ... @defer @include(if: false) { name } } }
            """));
    }

    [Fact]
    public void DocumentUsingThemIsValid() => Assert.Empty(DocumentValidator.Validate(Schema, Parser.Parse("""
        { items @stream(initialCount: 2, label: "list") { id ... @defer(label: "rest") { name tags } } }
        """)));

    private static List<(int, int)> Locations(Func<ValidationContext, ValidationRule> rule, string document) =>
        DocumentValidator.Validate(Schema, Parser.Parse(document), [rule])
            .SelectMany(e => e.Locations ?? [])
            .Select(l => (l.Line, l.Column))
            .ToList();
}
