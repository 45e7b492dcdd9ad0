using GraphQlFollows.GraphQL.Validation.Rules;
using static GraphQlFollows.GraphQL.Tests.Validation.ValidationAssert;

namespace GraphQlFollows.GraphQL.Tests.Validation;

public class DirectivesAreDefinedTests
{
    [Fact]
    public void SchemaDirectivesPass() => Passes(c => new DirectivesAreDefined(c), """
        query Q @onQuery { dog @onField @skip(if: false) { name @deprecated } }
        """);

    [Fact]
    public void UnknownDirectiveIsReported() => FailsWith(c => new DirectivesAreDefined(c), """
        query Q @onQuery { dog @onField { name @unknown ...F @onFragment ... @onFragment { nickname } } }
        fragment F on Dog @onFragment { name }
        """, "Unknown directive \"@unknown\".", (1, 40));

    [Fact]
    public void DirectivesDefinedInTheDocumentAreKnown() => Passes(c => new DirectivesAreDefined(c), """
        directive @local on FIELD
        { dog @local { name } }
        """);
}

public class DirectivesAreInValidLocationsTests
{
    [Fact]
    public void DirectivesInTheirLocationsPass() => Passes(c => new DirectivesAreInValidLocations(c), """
        query Q($v: Int @onVariable) @onQuery { dog @onField { ...F @onFragment ... @onFragment { name } } }
        mutation M @onMutation { renameDog(id: 1, name: "x") { name } }
        fragment F on Dog @onFragment { name }
        """);

    [Fact]
    public void DirectivesElsewhereAreReported()
    {
        var errors = Fails(c => new DirectivesAreInValidLocations(c), """
            query Q($v: Int @onQuery) @onField { dog @onQuery { name } }
            mutation M @onQuery { renameDog(id: 1, name: "x") @onMutation { name } }
            """, (1, 17), (1, 27), (1, 42), (2, 12), (2, 51));
        Assert.Equal("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", errors[0].Message);
        Assert.Equal("Directive \"@onField\" may not be used on QUERY.", errors[1].Message);
    }
}

public class DirectivesAreUniquePerLocationTests
{
    [Fact]
    public void OnePerPlaceAndRepeatablesPass() => Passes(c => new DirectivesAreUniquePerLocation(c), """
        query Q @onQuery { dog @onField @repeatable @repeatable { name @onField } alias: dog @onField { name } }
        """);

    [Fact]
    public void RepetitionsAreReportedInPairs()
    {
        var errors = Fails(c => new DirectivesAreUniquePerLocation(c), """
            query Q @onQuery @onQuery { dog @onField @repeatable @repeatable @onField { name @onField } alias: dog @onField { name } }
            """, (1, 9), (1, 18), (1, 33), (1, 66));
        Assert.Equal("The directive \"@onQuery\" can only be used once at this location.", errors[0].Message);
    }

    [Fact]
    public void TypeAndItsExtensionsAreOnePlace() => Fails(c => new DirectivesAreUniquePerLocation(c), """
        extend type Dog @onQuery
        extend type Dog @onQuery
        """, (1, 17), (2, 17));
}
