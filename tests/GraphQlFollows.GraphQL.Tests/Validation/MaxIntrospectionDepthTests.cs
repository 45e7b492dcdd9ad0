using GraphQlFollows.GraphQL.Validation.Rules;
using static GraphQlFollows.GraphQL.Tests.Validation.ValidationAssert;

namespace GraphQlFollows.GraphQL.Tests.Validation;

public class MaxIntrospectionDepthTests
{
    [Fact]
    public void TwoNestedListFieldsPass() => Passes(c => new MaxIntrospectionDepth(c), """
        { __schema { types { fields { type { fields { name } } } } } }
        { __type(name: "Dog") { ...A } }
        fragment A on __Type { fields { type { ...B } } }
        fragment B on __Type { inputFields { type { name } } }
        """);

    [Fact]
    public void ThreeNestedListFieldsAreReported() => FailsWith(c => new MaxIntrospectionDepth(c), """
        { __schema { types { fields { type { interfaces { fields { name } } } } } } }
        """, "Maximum introspection depth exceeded", (1, 3));

    [Fact]
    public void DepthAddsUpThroughFragments() => FailsWith(c => new MaxIntrospectionDepth(c), """
        { __type(name: "Dog") { ...A } }
        fragment A on __Type { fields { type { ...B } } }
        fragment B on __Type { inputFields { type { possibleTypes { name } } } }
        """, "Maximum introspection depth exceeded", (1, 3));
}
