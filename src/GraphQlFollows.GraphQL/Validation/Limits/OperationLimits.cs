using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Limits;

/// <summary>
/// Bounds on what one operation may ask for, beyond what the specification requires: its field nesting (fragments
/// expanded) and how many fields and aliased fields it selects (each fragment counted wherever it is spread). Add
/// <see cref="Rule"/> to <see cref="Execution.ExecutionOptions.ValidationRules"/> after the specified rules; a
/// refusal is an error whose <c>extensions.code</c> names the limit, cached with the document like any other.
/// </summary>
public sealed record OperationLimits(int MaxDepth, int MaxFields, int MaxAliases)
{
    public const string TooDeepCode = "OPERATION_TOO_DEEP";
    public const string TooManyFieldsCode = "TOO_MANY_FIELDS";
    public const string TooManyAliasesCode = "TOO_MANY_ALIASES";

    /// <summary>The validation rule that enforces these limits.</summary>
    public Func<ValidationContext, ValidationRule> Rule => context => new OperationLimitsRule(context, this);

    /// <summary>
    /// Measures every operation once the document has been walked. A document the specified rules refused is left
    /// to their errors: its measure would mean little, and clients should see why it is invalid first.
    /// </summary>
    private sealed class OperationLimitsRule(ValidationContext context, OperationLimits limits) : ValidationRule(context)
    {
        public override RuleHooks Hooks => RuleHooks.Document;

        public override void LeaveDocument(DocumentNode node)
        {
            if (Context.Errors.Count > 0)
            {
                return;
            }

            var measurer = new OperationMeasure.Measurer(Context, limits.MaxDepth);
            foreach (var operation in Context.Operations)
            {
                if (limits.Refusal(measurer.Measure(operation)) is { } refusal)
                {
                    Context.AddError(refusal);
                }
            }
        }
    }

    private GraphQLError? Refusal(OperationMeasure cost)
    {
        if (cost.Depth > MaxDepth)
        {
            return Error($"The operation nests fields deeper than the limit of {MaxDepth}.", TooDeepCode);
        }

        if (cost.Fields > MaxFields)
        {
            return Error($"The operation selects more than the limit of {MaxFields} fields (fragments counted where they are spread).", TooManyFieldsCode);
        }

        return cost.Aliases > MaxAliases
            ? Error($"The operation uses more than the limit of {MaxAliases} aliases (fragments counted where they are spread).", TooManyAliasesCode)
            : null;
    }

    private static GraphQLError Error(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
