using GraphQlFollows.GraphQL.Validation.Rules;
using static GraphQlFollows.GraphQL.Tests.Validation.ValidationAssert;

namespace GraphQlFollows.GraphQL.Tests.Validation;

public class FieldSelectionsTests
{
    [Fact]
    public void DefinedFieldsAndMetaFieldsPass() => Passes(c => new FieldSelections(c), """
        {
          __typename
          __schema { queryType { name } }
          __type(name: "Dog") { name }
          dog { alias: name __typename }
          catOrDog { __typename ... on Pet { name } }
          being { name }
        }
        """);

    [Fact]
    public void UndefinedFieldIsReportedWithSuggestedFields()
    {
        var errors = Fails(c => new FieldSelections(c), """
            { dog { nickame barkVolume: meowVolume } }
            """, (1, 9), (1, 17));
        Assert.Equal("Cannot query field \"nickame\" on type \"Dog\". Did you mean \"nickname\" or \"name\"?", errors[0].Message);
        Assert.Equal("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", errors[1].Message);
    }

    [Fact]
    public void FieldOfImplementationsOnAbstractTypeSuggestsFragments()
    {
        var errors = Fails(c => new FieldSelections(c), """
            { pet { nickname } catOrDog { name } }
            """, (1, 9), (1, 31));
        Assert.Equal(
            "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?",
            errors[0].Message);
        Assert.Equal(
            "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Cat\", or \"Dog\"?",
            errors[1].Message);
    }

    [Fact]
    public void SuggestedTypesComeInTheReferenceOrder() => FailsWith(c => new FieldSelections(c), """
        { dogOrHuman { name } }
        """, "Cannot query field \"name\" on type \"DogOrHuman\". Did you mean to use an inline fragment on \"Being\", \"Human\", \"Pet\", or \"Dog\"?",
        (1, 16));

    [Fact]
    public void SchemaMetaFieldExistsOnlyOnTheQueryType() => Fails(c => new FieldSelections(c), """
        { dog { __schema { queryType { name } } } }
        """, (1, 9));
}

public class LeafFieldSelectionsTests
{
    [Fact]
    public void LeavesWithoutAndCompositesWithSelectionsPass() => Passes(c => new LeafFieldSelections(c), """
        { dog { name furs owner { iq } } catOrDog { __typename } }
        """);

    [Fact]
    public void SelectionOnLeafIsReportedAtTheSelectionSet() => FailsWith(c => new LeafFieldSelections(c), """
        { dog { furs { length } } }
        """, "Field \"furs\" must not have a selection since type \"[Fur!]\" has no subfields.", (1, 14));

    [Fact]
    public void CompositeWithoutSelectionIsReportedAtTheField()
    {
        FailsWith(c => new LeafFieldSelections(c), """
            { human { relatives } }
            """, "Field \"relatives\" of type \"[Human!]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (1, 11));
        Fails(c => new LeafFieldSelections(c), "query { dog }", (1, 9));
    }
}

public class ArgumentNamesTests
{
    [Fact]
    public void DefinedArgumentsPass() => Passes(c => new ArgumentNames(c), """
        { dog { knowsTrick(trick: SIT) isAtLocation(y: 1, x: 2) name @include(if: true) @level(value: 1) } }
        """);

    [Fact]
    public void UnknownFieldArgumentIsReported() => FailsWith(c => new ArgumentNames(c), """
        { dog { knowsTrick(trik: SIT) } }
        """, "Unknown argument \"trik\" on field \"Dog.knowsTrick\". Did you mean \"trick\"?", (1, 20));

    [Fact]
    public void UnknownDirectiveArgumentIsReported() => FailsWith(c => new ArgumentNames(c), """
        { dog { name @skip(unless: true) } }
        """, "Unknown argument \"unless\" on directive \"@skip\".", (1, 20));

    [Fact]
    public void ArgumentsOfUnknownFieldsAndDirectivesAreNotReported() => Passes(c => new ArgumentNames(c), """
        { dog { unknown(a: 1) name @unknown(b: 2) } }
        """);
}

public class ArgumentUniquenessTests
{
    [Fact]
    public void DistinctArgumentsPass() => Passes(c => new ArgumentUniqueness(c), """
        { dog { isAtLocation(x: 1, y: 1) @level(value: 1, note: "a") } }
        """);

    [Fact]
    public void RepeatedArgumentsAreReportedAtEveryName()
    {
        var errors = Fails(c => new ArgumentUniqueness(c), """
            { dog { isAtLocation(x: 1, x: 2, x: 3) @skip(if: true, if: false) } }
            """, (1, 22), (1, 28), (1, 34), (1, 46), (1, 56));
        Assert.Equal(
            ["There can be only one argument named \"x\".", "There can be only one argument named \"if\"."],
            errors.Select(e => e.Message));
    }
}

public class RequiredArgumentsTests
{
    [Fact]
    public void RequiredArgumentsGivenOrDefaultedPass() => Passes(c => new RequiredArguments(c), """
        {
          dog { knowsTrick(trick: SIT) isHouseTrained name @level(value: 2) }
          findPets { name }
          arguments { optionalNonNullBoolean twoRequired(second: 1, first: 2) }
        }
        """);

    [Fact]
    public void MissingFieldArgumentsAreReportedAtTheField()
    {
        var errors = Fails(c => new RequiredArguments(c), """
            { arguments { twoRequired(first: 1) nonNullInt } }
            """, (1, 15), (1, 37));
        Assert.Equal(
            [
                "Argument \"Arguments.twoRequired(second:)\" of type \"Int!\" is required, but it was not provided.",
                "Argument \"Arguments.nonNullInt(value:)\" of type \"Int!\" is required, but it was not provided.",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void MissingDirectiveArgumentIsReportedAtTheDirective() => FailsWith(c => new RequiredArguments(c), """
        { dog { name @include @level(value: 1) } }
        """, "Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided.", (1, 14));
}
