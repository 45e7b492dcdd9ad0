using GraphQlFollows.GraphQL.Validation.Rules;
using static GraphQlFollows.GraphQL.Tests.Validation.ValidationAssert;

namespace GraphQlFollows.GraphQL.Tests.Validation;

public class VariableUniquenessTests
{
    [Fact]
    public void SameNameInDifferentOperationsPasses() => Passes(c => new VariableUniqueness(c), """
        query A($a: Int) { arguments { int(value: $a) } }
        query B($a: Int) { arguments { int(value: $a) } }
        """);

    [Fact]
    public void RepeatedNamesAreReportedAtEveryName()
    {
        var errors = Fails(c => new VariableUniqueness(c), """
            query Q($a: Int, $b: Int, $a: String, $b: Int, $a: Int) { dog { name } }
            """, (1, 10), (1, 28), (1, 49), (1, 19), (1, 40));
        Assert.Equal(2, errors.Count);
    }
}

public class VariablesAreInputTypesTests
{
    [Fact]
    public void InputTypesPass() => Passes(c => new VariablesAreInputTypes(c), """
        query Q($a: Int, $b: [Fur!]!, $c: PetFilter, $d: PetChoice) { dog { name } }
        """);

    [Fact]
    public void OutputTypesAreReportedAtTheType()
    {
        var errors = Fails(c => new VariablesAreInputTypes(c), """
            query Q($a: Dog, $b: [Pet!]!, $c: PetFilter, $d: Unknown) { dog { name } }
            """, (1, 13), (1, 22));
        Assert.Equal("Variable \"$b\" cannot be non-input type \"[Pet!]!\".", errors[1].Message);
    }
}

public class AllVariableUsesDefinedTests
{
    [Fact]
    public void VariablesDefinedByEveryOperationReachingThemPass() => Passes(c => new AllVariableUsesDefined(c), """
        query A($x: Int, $y: Int) { dog { ...F } }
        fragment F on Dog { isAtLocation(x: $x) ...G }
        query B($x: Int, $y: Int) { dog { ...G ...F } }
        fragment G on Dog { isAtLocation(y: $y) }
        """);

    [Fact]
    public void UndefinedVariablesAreReportedWithTheirOperation()
    {
        var errors = Fails(c => new AllVariableUsesDefined(c), """
            query Q($a: Int) { arguments { int(value: $a) string(value: $b) } dog { ...F } }
            query { dog { ...F } }
            fragment F on Dog { isAtLocation(x: $a, y: $c) }
            """, (1, 61), (1, 1), (3, 44), (3, 37), (2, 1));
        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.Message == "Variable \"$b\" is not defined by operation \"Q\".");
        Assert.Contains(errors, e => e.Message == "Variable \"$a\" is not defined.");
    }
}

public class AllVariablesUsedTests
{
    [Fact]
    public void VariablesUsedThroughFragmentsPass() => Passes(c => new AllVariablesUsed(c), """
        query Q($a: Int, $b: Int) { dog { ...F @include(if: true) } arguments { int(value: $a) } }
        fragment F on Dog { ...G }
        fragment G on Dog { isAtLocation(x: $b) }
        """);

    [Fact]
    public void UnusedVariablesAreReportedAtTheirDefinition()
    {
        var errors = Fails(c => new AllVariablesUsed(c), """
            query Q($a: Int, $b: Int, $c: Int) { dog { ...F isAtLocation(x: $a) } }
            query R($d: Boolean) { dog { name } }
            fragment F on Dog { isAtLocation(y: $b) }
            """, (1, 27), (2, 9));
        Assert.Equal("Variable \"$c\" is never used in operation \"Q\".", errors[0].Message);
    }
}
