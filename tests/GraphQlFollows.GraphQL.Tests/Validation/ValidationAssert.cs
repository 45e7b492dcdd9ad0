using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Validation;

namespace GraphQlFollows.GraphQL.Tests.Validation;

/// <summary>Validates documents against <see cref="TestSchema"/> and compares what is reported.</summary>
public static class ValidationAssert
{
    /// <summary>The document passes every specified rule.</summary>
    public static void Valid(string document)
    {
        var errors = DocumentValidator.Validate(TestSchema.Schema, Parser.Parse(document));
        Assert.True(errors.Count == 0, "Unexpected errors: " + string.Join(" | ", errors.Select(e => e.Message)));
    }

    /// <summary>The document passes the given rule.</summary>
    public static void Passes(Func<ValidationContext, ValidationRule> rule, string document) =>
        Assert.Empty(Messages(Run(rule, document)));

    /// <summary>
    /// The rule reports errors at exactly these places (line, column), in any order; returns the errors so that
    /// callers can look at their messages.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Fails(Func<ValidationContext, ValidationRule> rule, string document, params (int Line, int Column)[] locations)
    {
        var errors = Run(rule, document);
        Assert.NotEmpty(errors);
        var reported = errors.SelectMany(e => e.Locations ?? []).Select(l => (l.Line, l.Column)).ToHashSet();
        Assert.Equal(locations.ToHashSet(), reported);
        return errors;
    }

    /// <summary>Like <see cref="Fails"/>, for a rule that reports a single error with this message.</summary>
    public static void FailsWith(
        Func<ValidationContext, ValidationRule> rule,
        string document,
        string message,
        params (int Line, int Column)[] locations)
    {
        var errors = Fails(rule, document, locations);
        Assert.Equal(message, Assert.Single(errors).Message);
    }

    public static IReadOnlyList<GraphQLError> Run(Func<ValidationContext, ValidationRule> rule, string document) =>
        DocumentValidator.Validate(TestSchema.Schema, Parser.Parse(document), [rule]);

    private static IEnumerable<string> Messages(IReadOnlyList<GraphQLError> errors) => errors.Select(e => e.Message);
}
