using System.Globalization;

namespace GraphQlFollows.GraphQL.Validation.Limits;

/// <summary>
/// The refusal of an operation that costs more than <see cref="Execution.ExecutionOptions.MaxCost"/>, and the price a
/// request can ask to see (<see cref="Execution.GraphQLRequest.ReportCost"/>). Operations are priced by
/// <see cref="CostAnalysis"/> from the schema's cost directives (<see cref="Types.CostDirectives"/>): once per document,
/// then per request from the values of the slicing arguments given as variables.
/// </summary>
public static class OperationCostLimit
{
    public const string TooHighCode = "OPERATION_COST_TOO_HIGH";

    /// <summary>The name of the price in a result's <c>extensions</c>, and in the refusal's.</summary>
    public const string CostExtension = "cost";

    /// <summary>A result's <c>extensions</c> with the price: <c>{ cost: { requested, maximum } }</c>.</summary>
    internal static Dictionary<string, object?> Report(double requested, double maximum) =>
        new() { [CostExtension] = Price(requested, maximum) };

    internal static GraphQLError TooHigh(double requested, double maximum) => new(
        string.Create(CultureInfo.InvariantCulture,
            $"The operation costs {requested:0.##}, more than the limit of {maximum:0.##}: ask for fewer items (first, last) or fewer nested lists."),
        extensions: new Dictionary<string, object?> { ["code"] = TooHighCode, [CostExtension] = Price(requested, maximum) });

    private static Dictionary<string, object?> Price(double requested, double maximum) =>
        new() { ["requested"] = requested, ["maximum"] = maximum };
}
