using GraphQlFollows.GraphQL.Validation.Rules;
using static GraphQlFollows.GraphQL.Tests.Validation.ValidationAssert;

namespace GraphQlFollows.GraphQL.Tests.Validation;

public class ExecutableDefinitionsTests
{
    [Fact]
    public void OperationsAndFragmentsAreExecutable() => Passes(c => new ExecutableDefinitions(c), """
        query Q { dog { ...F } }
        fragment F on Dog { name }
        """);

    [Fact]
    public void TypeSystemDefinitionsAreReported()
    {
        var errors = Fails(c => new ExecutableDefinitions(c), """
            query Q { dog { name } }
            extend type Dog { color: String }
            schema { query: Query }
            directive @d on FIELD
            """, (2, 1), (3, 1), (4, 1));
        Assert.Equal(
            ["The \"Dog\" definition is not executable.", "The schema definition is not executable.", "The \"d\" definition is not executable."],
            errors.Select(e => e.Message));
    }
}

public class OperationTypeExistenceTests
{
    [Fact]
    public void RootTypesOfTheSchemaExist() => Passes(c => new OperationTypeExistence(c), """
        query { dog { name } }
        mutation M { renameDog(id: 1, name: "Rex") { name } }
        subscription S { petAdopted { name } }
        """);

    [Fact]
    public void OperationWithoutRootTypeIsReported()
    {
        const string sdl = "type Query { a: Int }";
        var schema = new GraphQlFollows.GraphQL.Types.SchemaBuilder(sdl).Build();
        var document = GraphQlFollows.GraphQL.Language.Parser.Parse("query { a }\nmutation M { a }\nsubscription S { a }");
        var errors = GraphQlFollows.GraphQL.Validation.DocumentValidator.Validate(schema, document, [c => new OperationTypeExistence(c)]);
        Assert.Equal(
            ["The mutation operation is not supported by the schema.", "The subscription operation is not supported by the schema."],
            errors.Select(e => e.Message));
        Assert.Equal([new SourceLocation(2, 1), new SourceLocation(3, 1)], errors.SelectMany(e => e.Locations!));
    }
}

public class OperationNameUniquenessTests
{
    [Fact]
    public void DistinctNamesPass() => Passes(c => new OperationNameUniqueness(c), """
        query A { dog { name } }
        query B { dog { name } }
        fragment A on Dog { name }
        """);

    [Fact]
    public void RepeatedNameIsReportedAtBothNames() => FailsWith(c => new OperationNameUniqueness(c), """
        query Same { dog { name } }
        mutation Same { adopt(choice: {dogId: 1}) { name } }
        """, "There can be only one operation named \"Same\".", (1, 7), (2, 10));
}

public class LoneAnonymousOperationTests
{
    [Fact]
    public void SingleAnonymousOperationPasses() => Passes(c => new LoneAnonymousOperation(c), """
        { dog { ...F } }
        fragment F on Dog { name }
        """);

    [Fact]
    public void AnonymousOperationBesideAnotherIsReported() => FailsWith(c => new LoneAnonymousOperation(c), """
        { dog { name } }
        query Named { dog { name } }
        """, "This anonymous operation must be the only defined operation.", (1, 1));
}
