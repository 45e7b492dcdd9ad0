using GraphQlFollows.GraphQL.Validation.Rules;
using static GraphQlFollows.GraphQL.Tests.Validation.ValidationAssert;

namespace GraphQlFollows.GraphQL.Tests.Validation;

public class FragmentSpreadTypeExistenceTests
{
    [Fact]
    public void KnownTypesPass() => Passes(c => new FragmentSpreadTypeExistence(c), """
        query Q($f: PetFilter, $b: [Boolean!]) { dog { ...F ... on Being { name } } }
        fragment F on Dog { name }
        """);

    [Fact]
    public void UnknownTypesAreReportedWithSuggestions()
    {
        var errors = Fails(c => new FragmentSpreadTypeExistence(c), """
            query Q($f: PetFiltre) { dog { ... on Dgo { name } } }
            fragment F on Nothing { name }
            """, (1, 13), (1, 39), (2, 15));
        Assert.Equal("Unknown type \"PetFiltre\". Did you mean \"PetFilter\"?", errors[0].Message);
        Assert.Equal("Unknown type \"Dgo\". Did you mean \"Dog\"?", errors[1].Message);
    }

    [Fact]
    public void TypeDefinitionsMayNameStandardTypes() => Passes(c => new FragmentSpreadTypeExistence(c), """
        type Extra { when: __Type }
        extend type Dog { extra: Extra }
        """);
}

public class FragmentsOnCompositeTypesTests
{
    [Fact]
    public void CompositeConditionsPass() => Passes(c => new FragmentsOnCompositeTypes(c), """
        { dog { ... on Pet { name } ... { name } } }
        fragment F on CatOrDog { __typename }
        fragment G on Unknown { name }
        """);

    [Fact]
    public void LeafConditionsAreReported()
    {
        var errors = Fails(c => new FragmentsOnCompositeTypes(c), """
            { dog { ... on Boolean { name } } }
            fragment F on Fur { name }
            """, (1, 16), (2, 15));
        Assert.Equal("Fragment cannot condition on non composite type \"Boolean\".", errors[0].Message);
        Assert.Equal("Fragment \"F\" cannot condition on non composite type \"Fur\".", errors[1].Message);
    }
}

public class FragmentNameUniquenessTests
{
    [Fact]
    public void DistinctNamesPass() => Passes(c => new FragmentNameUniqueness(c), """
        { dog { ...A ...B } }
        fragment A on Dog { name }
        fragment B on Dog { name }
        """);

    [Fact]
    public void RepeatedNameIsReported() => FailsWith(c => new FragmentNameUniqueness(c), """
        { dog { ...A } }
        fragment A on Dog { name }
        fragment A on Dog { nickname }
        """, "There can be only one fragment named \"A\".", (2, 10), (3, 10));
}

public class FragmentSpreadTargetDefinedTests
{
    [Fact]
    public void DefinedTargetsPass() => Passes(c => new FragmentSpreadTargetDefined(c), """
        { dog { ...A } }
        fragment A on Dog { ...B }
        fragment B on Dog { name }
        """);

    [Fact]
    public void UndefinedTargetIsReportedAtItsName() => FailsWith(c => new FragmentSpreadTargetDefined(c), """
        { dog { ...Missing } }
        """, "Unknown fragment \"Missing\".", (1, 12));
}

public class FragmentsMustBeUsedTests
{
    [Fact]
    public void FragmentsReachedThroughOthersAreUsed() => Passes(c => new FragmentsMustBeUsed(c), """
        fragment C on Dog { name }
        query { dog { ...A } }
        fragment A on Dog { ...B }
        fragment B on Dog { ...C }
        """);

    [Fact]
    public void UnreachedFragmentsAreReported() => Fails(c => new FragmentsMustBeUsed(c), """
        query { dog { ...A } }
        fragment A on Dog { name }
        fragment Lonely on Dog { ...Cycle }
        fragment Cycle on Dog { ...Lonely }
        """, (3, 1), (4, 1));
}

public class FragmentSpreadIsPossibleTests
{
    [Fact]
    public void OverlappingTypesPass() => Passes(c => new FragmentSpreadIsPossible(c), """
        {
          dog { ... on Pet { name } ... on CatOrDog { __typename } ...OnBeing }
          pet { ... on Dog { name } ... on DogOrHuman { __typename } }
          catOrDog { ... on Pet { name } }
          being { ... on Pet { name } }
        }
        fragment OnBeing on Being { name }
        """);

    [Fact]
    public void DisjointTypesAreReported()
    {
        var errors = Fails(c => new FragmentSpreadIsPossible(c), """
            {
              dog { ... on Cat { name } ...AlienParts }
              catOrDog { ... on HumanOrAlien { __typename } }
            }
            fragment AlienParts on Alien { eyes }
            """, (2, 9), (2, 29), (3, 14));
        Assert.Equal(
            "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".",
            errors[0].Message);
        Assert.Equal(
            "Fragment \"AlienParts\" cannot be spread here as objects of type \"Dog\" can never be of type \"Alien\".",
            errors[1].Message);
    }
}

public class FragmentSpreadsMustNotFormCyclesTests
{
    [Fact]
    public void SpreadingAFragmentTwiceIsNoCycle() => Passes(c => new FragmentSpreadsMustNotFormCycles(c), """
        { dog { ...A } }
        fragment A on Dog { ...B ...B bestFriend { ...B } }
        fragment B on Dog { name }
        """);

    [Fact]
    public void DirectCycleIsReported() => FailsWith(c => new FragmentSpreadsMustNotFormCycles(c), """
        fragment A on Dog { bestFriend { ...A } }
        """, "Cannot spread fragment \"A\" within itself.", (1, 34));

    [Fact]
    public void IndirectCycleNamesThePath() => FailsWith(c => new FragmentSpreadsMustNotFormCycles(c), """
        fragment A on Dog { ...B }
        fragment B on Dog { ...C }
        fragment C on Dog { ...A }
        """, "Cannot spread fragment \"A\" within itself via \"B\", \"C\".", (1, 21), (2, 21), (3, 21));
}
