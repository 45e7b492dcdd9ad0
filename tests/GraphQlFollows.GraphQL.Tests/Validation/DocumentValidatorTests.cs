using System.Text;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Validation;

namespace GraphQlFollows.GraphQL.Tests.Validation;

public class DocumentValidatorTests
{
    [Fact]
    public void SdlDocumentsAreCheckedByTheRulesOfExecutableDocuments()
    {
        var sdl = Parser.Parse("""
            directive @tag(name: String!) on FIELD_DEFINITION
            type Query {
              a: Int @deprecated(reason: "x", reason: "y")
              b(f: In = {n: 1, n: 2}): Int @tag
              c: Int @tag(name: "c") @tag(name: "d") @unknown
            }
            input In { n: Int }
            """, ParserOptions.Schema);

        var errors = DocumentValidator.ValidateSdl(sdl);

        string[] expected =
        [
            "There can be only one argument named \"reason\".",
            "There can be only one input field named \"n\".",
            "Argument \"@tag(name:)\" of type \"String!\" is required, but it was not provided.",
            "The directive \"@tag\" can only be used once at this location.",
            "Unknown directive \"@unknown\".",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), errors.Select(e => e.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RealisticDocumentIsValid() => ValidationAssert.Valid("""
        query Pets($filter: PetFilter, $first: Int = 5, $full: Boolean = false, $trick: Trick!) @onQuery {
          findPets(filter: $filter, first: $first) {
            __typename
            ...PetParts
            ... on Dog { knowsTrick(trick: $trick) furs bestFriend { ...PetParts } }
          }
          catOrDog { ... on Cat { meowVolume } ... on Dog { barkVolume } }
          __type(name: "Dog") { name fields { name type { name ofType { name } } } }
        }

        fragment PetParts on Pet {
          name(full: $full)
          owner { id iq relatives { name } }
        }

        mutation Adopt($id: ID!) {
          adopt(choice: {dogId: $id}) { name @include(if: true) }
        }

        subscription OnAdopted { petAdopted { name } }
        """);

    [Fact]
    public void EveryKindOfMistakeIsFound()
    {
        var errors = DocumentValidator.Validate(TestSchema.Schema, Parser.Parse("""
            query Q($unused: Int) {
              dog { name(full: "yes") ...Missing owner }
            }
            """));
        Assert.Equal(
            [
                "Boolean cannot represent a non boolean value: \"yes\"",
                "Field \"owner\" of type \"Human\" must have a selection of subfields. Did you mean \"owner { ... }\"?",
                "Unknown fragment \"Missing\".",
                "Variable \"$unused\" is never used in operation \"Q\".",
            ],
            errors.Select(e => e.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ValidationStopsAfterTooManyErrors()
    {
        var document = "{ dog { " + string.Join(' ', Enumerable.Range(0, 120).Select(i => $"f{i}: unknown{i}")) + " } }";
        var errors = DocumentValidator.Validate(TestSchema.Schema, Parser.Parse(document));
        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Null(errors[^1].Locations);

        var few = DocumentValidator.Validate(TestSchema.Schema, Parser.Parse(document), maxErrors: 3);
        Assert.Equal(4, few.Count);
    }

    [Fact]
    public void ErrorsComeInTheOrderOfTheWalk()
    {
        // The unused variable is found on entering the operation, before any field: it is among the hundred kept.
        var fields = string.Join(' ', Enumerable.Range(0, 120).Select(i => $"f{i}: unknown{i}"));
        var errors = DocumentValidator.Validate(TestSchema.Schema, Parser.Parse($"query Q($unused: Int) {{ dog {{ {fields} }} }}"));
        Assert.Equal(101, errors.Count);
        Assert.Equal("Variable \"$unused\" is never used in operation \"Q\".", errors[0].Message);
        Assert.Equal("Cannot query field \"unknown98\" on type \"Dog\".", errors[99].Message);
    }

    [Fact]
    public void ErrorsFoundBeforeAnAbortAreKept()
    {
        var names = string.Join(' ', Enumerable.Repeat("name", 800));
        var errors = Validate($"query Q($unused: Int) {{ bogus dog {{ {names} }} cat {{ bogus2 }} }}");
        Assert.Equal(
            ["Variable \"$unused\" is never used in operation \"Q\".", "Cannot query field \"bogus\" on type \"Query\". Did you mean \"dog\"?", "Validation aborted."],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void FollowingFragmentsHasABudget()
    {
        Assert.Empty(Validate(ManyOperationsSharingAFragment(80)));
        Assert.Equal("Validation aborted.", Assert.Single(Validate(ManyOperationsSharingAFragment(101))).Message);
    }

    [Fact]
    public void TypeSystemDefinitionsAreWalkedToo()
    {
        var errors = DocumentValidator.Validate(TestSchema.Schema, Parser.Parse("""
            type Extra @unknown { field: Missing }
            """));
        Assert.Equal(
            ["The \"Extra\" definition is not executable.", "Unknown directive \"@unknown\".", "Unknown type \"Missing\"."],
            errors.Select(e => e.Message));
    }

    private static IReadOnlyList<GraphQLError> Validate(string document) =>
        DocumentValidator.Validate(TestSchema.Schema, Parser.Parse(document));

    /// <summary>Operations that each reach the same fragment of 500 variable usages.</summary>
    private static string ManyOperationsSharingAFragment(int operations)
    {
        var document = new StringBuilder("fragment F on Arguments {");
        for (var i = 0; i < 500; i++)
        {
            document.Append($" a{i}: int(value: $v)");
        }

        document.Append(" }\n");
        for (var i = 0; i < operations; i++)
        {
            document.Append($"query Q{i}($v: Int) {{ arguments {{ ...F }} }}\n");
        }

        return document.ToString();
    }
}
