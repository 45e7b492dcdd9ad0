using GraphQlFollows.GraphQL.Validation.Rules;
using static GraphQlFollows.GraphQL.Tests.Validation.ValidationAssert;

namespace GraphQlFollows.GraphQL.Tests.Validation;

public class SingleRootFieldTests
{
    private static SingleRootField Rule(GraphQlFollows.GraphQL.Validation.ValidationContext c) => new(c);

    [Fact]
    public void OneFieldPasses() => Passes(Rule, """
        subscription S { petAdopted { name } }
        subscription T { ...F }
        fragment F on Subscription { dogBarked { name } ... on Subscription { dogBarked { name } } }
        """);

    [Fact]
    public void FragmentsOnOtherTypesDoNotCount() => Passes(Rule, """
        subscription S { petAdopted { name } ...F }
        fragment F on Query { dog { name } }
        """);

    [Fact]
    public void MoreFieldsAreReportedAfterTheFirst() => FailsWith(Rule, """
        subscription S {
          petAdopted { name }
          ...F
        }
        fragment F on Subscription {
          dogBarked { name }
          other: petAdopted { name }
        }
        """, "Subscription \"S\" must select only one top level field.", (6, 3), (7, 3));

    [Fact]
    public void IntrospectionFieldIsReported() => FailsWith(Rule, """
        subscription { __typename }
        """, "Anonymous Subscription must not select an introspection top level field.", (1, 16));

    [Fact]
    public void SkipAndIncludeAreReportedAlone() => FailsWith(Rule, """
        subscription S($v: Boolean!) {
          petAdopted @include(if: $v) { name }
          ...F
        }
        fragment F on Subscription { dogBarked @skip(if: $v) { name } }
        """, "Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection.", (2, 14), (5, 40));

    [Fact]
    public void NoFieldLeftIsReported() => FailsWith(Rule, """
        subscription S { ...F }
        fragment F on Query { dog { name } }
        """, "Subscription \"S\" must select one top level field.", (1, 16));
}
