using System.Globalization;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types;

/// <summary>
/// The directives of the GraphQL Cost Directives specification (https://ibm.github.io/graphql-specs/cost-spec.html),
/// as a schema declares them in its SDL (<see cref="Definitions"/>) and applies them to its elements:
/// <c>@cost(weight:)</c> gives a field, argument or type its weight, and <c>@listSize</c> tells how long a list field's
/// value is. <see cref="Validation.Limits.OperationCostLimit"/> reads them to price operations.
/// </summary>
public static class CostDirectives
{
    public const string Cost = "cost";
    public const string ListSize = "listSize";

    /// <summary>The definitions of both directives, as the specification writes them.</summary>
    public const string Definitions = """
        directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR

        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
        """;

    /// <summary>
    /// The weight <c>@cost</c> gives among <paramref name="directives"/>, or null when it is not applied or its weight
    /// is not a number (the specification writes weights as strings, <c>"2.0"</c>; an integer is read too).
    /// </summary>
    internal static double? WeightOf(IReadOnlyList<DirectiveNode> directives) =>
        DirectiveNodes.Find(directives, Cost) is { } cost && DirectiveNodes.Argument(cost, "weight") is { } weight ? ParseWeight(weight) : null;

    /// <summary>The field's <c>@listSize</c>, or null when it has none.</summary>
    internal static ListSizeDirective? ListSizeOf(FieldDefinition field)
    {
        if (DirectiveNodes.Find(field.AppliedDirectives, ListSize) is not { } listSize)
        {
            return null;
        }

        var assumed = DirectiveNodes.Argument(listSize, "assumedSize") as IntValueNode;
        return new ListSizeDirective(
            int.TryParse(assumed?.Value, CultureInfo.InvariantCulture, out var size) ? size : null,
            Strings(DirectiveNodes.Argument(listSize, "slicingArguments")),
            Strings(DirectiveNodes.Argument(listSize, "sizedFields")),
            DirectiveNodes.Argument(listSize, "requireOneSlicingArgument") is not BooleanValueNode { Value: false });
    }

    /// <summary>A weight as written: a string or an integer holding a finite number.</summary>
    private static double? ParseWeight(ValueNode weight)
    {
        var text = weight switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => null,
        };
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
    }

    private static string[] Strings(ValueNode? value) => value switch
    {
        ListValueNode list => [.. list.Values.OfType<StringValueNode>().Select(s => s.Value)],
        StringValueNode single => [single.Value],
        _ => [],
    };
}

/// <summary>
/// A field's <c>@listSize</c>: the list's length is the largest value given to one of its
/// <see cref="SlicingArguments"/> (such as <c>first</c> and <c>last</c>), else <see cref="AssumedSize"/>. With
/// <see cref="SizedFields"/>, that length is the length of those fields of the field's value (a connection's
/// <c>edges</c>) rather than of the field itself.
/// </summary>
internal sealed record ListSizeDirective(
    int? AssumedSize,
    IReadOnlyList<string> SlicingArguments,
    IReadOnlyList<string> SizedFields,
    bool RequireOneSlicingArgument);
