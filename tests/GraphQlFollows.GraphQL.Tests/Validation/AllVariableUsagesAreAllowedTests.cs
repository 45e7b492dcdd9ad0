using GraphQlFollows.GraphQL.Validation.Rules;
using static GraphQlFollows.GraphQL.Tests.Validation.ValidationAssert;

namespace GraphQlFollows.GraphQL.Tests.Validation;

public class AllVariableUsagesAreAllowedTests
{
    private static AllVariableUsagesAreAllowed Rule(GraphQlFollows.GraphQL.Validation.ValidationContext c) => new(c);

    [Fact]
    public void FittingVariablesPass() => Passes(Rule, """
        query Q($i: Int, $b: Boolean, $s: [String], $nb: Boolean = true, $ni: Int!, $f: Fur, $c: ID!) {
          arguments {
            nonNullInt(value: $ni) int(value: $ni) nonNullBoolean(value: $nb) optionalNonNullBoolean(value: $b)
            stringList(value: $s) fur(value: $f) filter(value: {owner: {name: "x", minIq: $i}}) choice(value: {dogId: $c})
          }
          findPets(first: $i) { name }
        }
        """);

    [Fact]
    public void MismatchesAreReportedAtDefinitionAndUse()
    {
        var errors = Fails(Rule, """
            query Q($i: Int, $b: Boolean, $s: [String], $ss: [String!], $bb: Boolean = null) {
              arguments { nonNullInt(value: $i) boolean(value: $i) nonNullStringList(value: $s) string(value: $s) nonNullBoolean(value: $bb) nonNullStringList(value: [$i]) }
              dog { ...F }
            }
            fragment F on Dog { isHouseTrained(atOtherHomes: $s) }
            """, (1, 9), (2, 33), (2, 52), (1, 31), (2, 81), (2, 99), (1, 61), (2, 125), (2, 156), (5, 50));
        Assert.Equal(7, errors.Count);
        Assert.Equal("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", errors[0].Message);
        Assert.Equal("Variable \"$s\" of type \"[String]\" used in position expecting type \"[String!]!\".", errors[2].Message);
    }

    [Fact]
    public void NullableVariableInOneOfFieldIsReported() => FailsWith(Rule, """
        mutation M($c: ID, $d: ID!) { b: adopt(choice: {dogId: $d}) { name } }
        query Q($c: ID) { arguments { choice(value: {catId: $c}) } }
        """, "Variable \"$c\" is of type \"ID\" but must be non-nullable to be used for OneOf Input Object \"PetChoice\".", (2, 9), (2, 53));
}
