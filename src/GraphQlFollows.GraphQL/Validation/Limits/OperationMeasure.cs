using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Limits;

/// <summary>
/// How much an operation asks for: its deepest field nesting and how many fields and aliased fields it selects,
/// each fragment counted again wherever it is spread. Counts saturate instead of overflowing, so a document whose
/// fragments multiply each other is measured in time linear in its size.
/// </summary>
internal sealed record OperationMeasure(int Depth, long Fields, long Aliases)
{
    /// <summary>
    /// Measures the operations of one document, sharing what its fragments cost. Fragments are looked up in
    /// <paramref name="context"/>; an unknown one costs nothing and a cyclic spread ends, so a document measured
    /// before it is known to be valid is measured in bounded time too. Nesting deeper than
    /// <paramref name="depthCutOff"/> is not descended into: the depth reported then exceeds the cut-off.
    /// </summary>
    public sealed class Measurer(ValidationContext context, int depthCutOff)
    {
        private readonly Dictionary<string, OperationMeasure> _fragments = [];

        public OperationMeasure Measure(OperationDefinitionNode operation) => Measure(operation.SelectionSet, 0);

        /// <summary>Measures a selection set nested in <paramref name="level"/> fields; the depth returned is relative to it.</summary>
        private OperationMeasure Measure(SelectionSetNode selectionSet, int level)
        {
            var depth = 0;
            long fields = 0;
            long aliases = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var cost = selection switch
                {
                    FieldNode field => MeasureField(field, level),
                    InlineFragmentNode inline => Measure(inline.SelectionSet, level),
                    FragmentSpreadNode spread => MeasureFragment(spread.Name.Value),
                    _ => new OperationMeasure(0, 0, 0),
                };
                depth = Math.Max(depth, cost.Depth);
                fields = SaturatingAdd(fields, cost.Fields);
                aliases = SaturatingAdd(aliases, cost.Aliases);
            }

            return new OperationMeasure(depth, fields, aliases);
        }

        private OperationMeasure MeasureField(FieldNode field, int level)
        {
            var alias = field.Alias is null ? 0 : 1;
            if (field.SelectionSet is null)
            {
                return new OperationMeasure(1, 1, alias);
            }

            // Its subfields would already lie past the cut-off: report that much and stop descending.
            if (level + 2 > depthCutOff)
            {
                return new OperationMeasure(2, 1, alias);
            }

            var inner = Measure(field.SelectionSet, level + 1);
            return new OperationMeasure(inner.Depth + 1, SaturatingAdd(inner.Fields, 1), SaturatingAdd(inner.Aliases, alias));
        }

        // A fragment's cost does not depend on where it is spread, so it is measured once, from the root.
        private OperationMeasure MeasureFragment(string name)
        {
            if (!_fragments.TryGetValue(name, out var cost))
            {
                // Entered before measuring, so that even a cyclic spread would end.
                _fragments[name] = new OperationMeasure(0, 0, 0);
                var fragment = context.GetFragment(name);
                cost = fragment is null ? new OperationMeasure(0, 0, 0) : Measure(fragment.SelectionSet, 0);
                _fragments[name] = cost;
            }

            return cost;
        }

        private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
    }
}
