using System.Text;
using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Validation;
using GraphQlFollows.GraphQL.Validation.Rules;
using static GraphQlFollows.GraphQL.Tests.Validation.ValidationAssert;

namespace GraphQlFollows.GraphQL.Tests.Validation;

public class FieldSelectionMergingTests
{
    private static FieldSelectionMerging Rule(ValidationContext c) => new(c);

    [Fact]
    public void IdenticalFieldsAndExclusiveParentsMerge() => Passes(Rule, """
        {
          dog { name name otherName: name ...F ... on Dog { name } isAtLocation(x: 1, y: 2) isAtLocation(y: 2, x: 1) }
          pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } }
          catOrDog { ... on Dog { knowsTrick(trick: SIT) } ... on Cat { knowsTrick(trick: ROLL) } }
        }
        fragment F on Dog { name knowsTrick(trick: SIT) k: knowsTrick(trick: SIT) }
        """);

    [Fact]
    public void DifferentFieldsUnderOneNameConflict() => FailsWith(Rule, """
        { dog { name: nickname name } }
        """, "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
        (1, 9), (1, 24));

    [Fact]
    public void DifferentArgumentsConflict()
    {
        var errors = Fails(Rule, """
            { dog { knowsTrick(trick: SIT) knowsTrick(trick: ROLL) a: isAtLocation(x: 1) a: isAtLocation(x: $v) } }
            """, (1, 9), (1, 32), (1, 56), (1, 78));
        Assert.All(errors, e => Assert.Contains("they have differing arguments", e.Message));
    }

    [Fact]
    public void DifferentLeafTypesConflictEvenOnExclusiveParents()
    {
        var errors = Fails(Rule, """
            { pet { ... on Dog { v: barkVolume } ... on Cat { v: nickname } } catOrDog { ... on Dog { f: furs } ... on Cat { f: fur } } }
            """, (1, 22), (1, 51), (1, 91), (1, 114));
        Assert.Contains("they return conflicting types \"Int\" and \"String\"", errors[0].Message);
        Assert.Contains("they return conflicting types \"[Fur!]\" and \"Fur\"", errors[1].Message);
    }

    [Fact]
    public void ConflictsBetweenFragmentsNameTheSubfields()
    {
        var errors = Fails(Rule, """
            { dog { ...A ...B } }
            fragment A on Dog { x: name owner { n: name } }
            fragment B on Dog { x: nickname owner { n: iq } }
            """, (2, 21), (3, 21), (2, 29), (2, 37), (3, 33), (3, 41));
        Assert.Equal(
            "Fields \"owner\" conflict because subfields \"n\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            errors[1].Message);
    }

    [Fact]
    public void SubfieldsAreComparedThroughInlineFragmentsAndSpreads() => Fails(Rule, """
        { dog { owner { n: name } ... { owner { n: iq m: id } } } human { relatives { n: name } ...H } }
        fragment H on Human { relatives { n: iq } }
        """, (1, 9), (1, 17), (1, 33), (1, 41), (1, 67), (1, 79), (2, 23), (2, 35));

    [Fact]
    public void ManyRepeatedFieldsAndFragmentsFinish()
    {
        // Every fragment spreads the next two and repeats the same fields: naive comparison would never end.
        var document = new StringBuilder("{ dog { ...F0 } }\n");
        const int fragments = 60;
        for (var i = 0; i < fragments; i++)
        {
            document.Append($"fragment F{i} on Dog {{ name nickname bestFriend {{ name }} ");
            if (i + 2 < fragments)
            {
                document.Append($"...F{i + 1} ...F{i + 2} ");
            }

            document.Append("}\n");
        }

        var errors = Run(Rule, document.ToString());
        Assert.Empty(errors);
    }

    [Fact]
    public void PathologicalDocumentIsRefusedNotHung()
    {
        // Many fields of one name, each with many sub-fields of one name: quadratic at every level.
        var document = new StringBuilder("{ dog {");
        for (var i = 0; i < 300; i++)
        {
            document.Append(" bestFriend { bestFriend { name } bestFriend { name } }");
        }

        document.Append(" } }");
        var errors = Run(Rule, document.ToString());
        Assert.Equal("Validation aborted.", Assert.Single(errors).Message);
    }

    [Theory]
    [InlineData(707, false)]
    [InlineData(708, true)]
    public void ComparisonBudgetEndsWhereTheReferenceImplementationsDoes(int repetitions, bool refused)
    {
        // Each pair of identical leaves costs two units of a budget of 500,000, as in graphql-js 17.
        var document = "{ dog { " + string.Join(' ', Enumerable.Repeat("name", repetitions)) + " } }";
        var errors = Run(Rule, document);
        Assert.Equal(refused ? ["Validation aborted."] : [], errors.Select(e => e.Message));
    }

    [Fact]
    public void ConflictingRepeatedFieldsAreAllReported()
    {
        var document = new StringBuilder("{ dog {");
        for (var i = 0; i < 20; i++)
        {
            document.Append(i % 2 == 0 ? " x: name" : " x: nickname");
        }

        document.Append(" } }");
        var errors = DocumentValidator.Validate(TestSchema.Schema, Parser.Parse(document.ToString()));
        Assert.Equal(100, errors.Count);
    }
}
