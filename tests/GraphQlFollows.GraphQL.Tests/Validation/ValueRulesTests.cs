using GraphQlFollows.GraphQL.Validation.Rules;
using static GraphQlFollows.GraphQL.Tests.Validation.ValidationAssert;

namespace GraphQlFollows.GraphQL.Tests.Validation;

public class ValuesOfCorrectTypeTests
{
    private static ValuesOfCorrectType Rule(GraphQlFollows.GraphQL.Validation.ValidationContext c) => new(c);

    [Fact]
    public void FittingLiteralsPass() => Passes(Rule, """"
        query Q($v: Int, $f: PetFilter = {owner: {name: "Ann"}, furs: LONG}) {
          arguments {
            int(value: -12) float(value: 1) string(value: """block""") boolean(value: false) id(value: 42)
            fur(value: CURLY) stringList(value: "one") nonNullStringList(value: ["a", "b"])
            nonNullInt(value: $v) int(value: null)
            filter(value: {name: null, furs: [SHORT, LONG], owner: {name: "Bo", minIq: $v}})
            choice(value: {dogId: "7"})
          }
        }
        """");

    [Fact]
    public void WrongScalarsAreReportedAtTheValue()
    {
        var errors = Fails(Rule, """
            {
              arguments {
                int(value: "12") float(value: true) id(value: 1.5) boolean(value: 0)
                nonNullInt(value: null) int(value: 3000000000)
              }
            }
            """, (3, 16), (3, 35), (3, 51), (3, 71), (4, 23), (4, 40));
        Assert.Equal(
            [
                "Int cannot represent non-integer value: \"12\"",
                "Float cannot represent non numeric value: true",
                "ID cannot represent a non-string and non-integer value: 1.5",
                "Boolean cannot represent a non boolean value: 0",
                "Expected value of non-null type \"Int!\" not to be null.",
                "Int cannot represent non 32-bit signed integer value: 3000000000",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void WrongEnumValuesAreReported()
    {
        var errors = Fails(Rule, """
            { arguments { fur(value: "LONG") fur(value: long) fur(value: TALL) } }
            """, (1, 26), (1, 45), (1, 62));
        Assert.Equal("Enum \"Fur\" cannot represent non-enum value: \"LONG\". Did you mean the enum value \"LONG\"?", errors[0].Message);
        Assert.Equal("Value \"long\" does not exist in \"Fur\" enum. Did you mean the enum value \"LONG\"?", errors[1].Message);
        Assert.StartsWith("Value \"TALL\" does not exist in \"Fur\" enum.", errors[2].Message);
    }

    [Fact]
    public void AFieldGivenTwiceCountsByItsLastValue()
    {
        Passes(Rule, """{ arguments { filter(value: {name: 1, name: "Bo"}) } }""");
        var errors = Fails(Rule, """{ arguments { filter(value: {name: "Bo", name: 1}) } }""", (1, 48));
        Assert.Equal("String cannot represent a non string value: 1", errors[0].Message);
    }

    [Fact]
    public void ListItemsAreCheckedOneByOne() => Fails(Rule, """
        { arguments { nonNullStringList(value: ["a", null, 3]) stringList(value: [[1]]) } }
        """, (1, 46), (1, 52), (1, 75));

    [Fact]
    public void InputObjectsNeedObjectsTheirFieldsAndNoOthers()
    {
        var errors = Fails(Rule, """
            {
              arguments {
                filter(value: "dog")
                nonNullFilter(value: {owner: {minIq: 100}, nmae: "x", furs: [FLUFFY]})
              }
            }
            """, (3, 19), (4, 34), (4, 48), (4, 66));
        Assert.Equal("Expected value of type \"PetFilter\" to be an object, found: \"dog\".", errors[0].Message);
        Assert.Contains(errors, e => e.Message == "Expected value of type \"OwnerFilter\" to include required field \"name\", found: { minIq: 100 }.");
        Assert.Contains(errors, e => e.Message == "Expected value of type \"PetFilter\" not to include unknown field \"nmae\". Did you mean \"name\"? Found: { owner: { minIq: 100 }, nmae: \"x\", furs: [FLUFFY] }.");
    }

    [Fact]
    public void OneOfInputObjectsTakeExactlyOneNonNullField()
    {
        var errors = Fails(Rule, """
            { arguments { choice(value: {}) choice(value: {dogId: 1, catId: 2}) choice(value: {catId: null}) } }
            """, (1, 29), (1, 47), (1, 83));
        Assert.All(errors, e => Assert.Equal(
            "Within OneOf Input Object type \"PetChoice\", exactly one field must be specified, and the value for that field must be non-null.",
            e.Message));
    }

    [Fact]
    public void VariableDefaultsAreChecked() => FailsWith(Rule, """
        query Q($a: Int = "one") { arguments { int(value: $a) } }
        """, "Int cannot represent non-integer value: \"one\"", (1, 19));

    [Fact]
    public void DirectiveArgumentsAreChecked() => FailsWith(Rule, """
        { dog { name @include(if: "yes") } }
        """, "Boolean cannot represent a non boolean value: \"yes\"", (1, 27));

    [Fact]
    public void LeavesSeeLiteralsWithoutTheirVariables()
    {
        var errors = Fails(Rule, """
            query Q($v: Int) { arguments { int(value: {a: $v, b: 1}) fur(value: [$v]) } }
            """, (1, 43), (1, 69));
        Assert.Equal("Int cannot represent non-integer value: { b: 1 }", errors[0].Message);
        Assert.Equal("Enum \"Fur\" cannot represent non-enum value: [null].", errors[1].Message);
    }

    [Fact]
    public void LastOfRepeatedFieldsIsTheOneChecked() => Passes(Rule, """
        { arguments { filter(value: {minAge: "old", minAge: 3}) } }
        """);
}

public class InputObjectFieldUniquenessTests
{
    [Fact]
    public void DistinctFieldsPass() => Passes(c => new InputObjectFieldUniqueness(c), """
        { arguments { filter(value: {name: "a", owner: {name: "b"}}) } }
        """);

    [Fact]
    public void EachRepetitionIsReportedWithTheFirst()
    {
        var errors = Fails(c => new InputObjectFieldUniqueness(c), """
            { arguments { filter(value: {name: "a", name: "b", owner: {name: "c"}, name: "d"}) } }
            """, (1, 30), (1, 41), (1, 72));
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("There can be only one input field named \"name\".", e.Message));
    }
}
