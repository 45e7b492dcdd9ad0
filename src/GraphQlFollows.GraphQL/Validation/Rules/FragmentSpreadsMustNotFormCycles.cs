using System.Runtime.CompilerServices;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spreads Must Not Form Cycles: no fragment spreads itself, directly or through other fragments.
/// Each fragment is explored once, following spreads depth first and reporting each cycle met on the way.
/// graphql-js: <c>NoFragmentCyclesRule</c>.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCycles(ValidationContext context) : ValidationRule(context)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];

    /// <summary>For each fragment on the current path, where its spreads start in <see cref="_spreadPath"/>.</summary>
    private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

    public override RuleHooks Hooks => RuleHooks.FragmentDefinition;

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => DetectCycles(node);

    private void DetectCycles(FragmentDefinitionNode fragment)
    {
        var name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return;
        }

        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        _pathIndexByName[name] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (_pathIndexByName.TryGetValue(spreadName, out var cycleStart))
            {
                ReportCycle(spreadName, cycleStart);
            }
            else if (Context.GetFragment(spreadName) is { } target)
            {
                DetectCycles(target);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _pathIndexByName.Remove(name);
    }

    private void ReportCycle(string spreadName, int cycleStart)
    {
        var cycle = _spreadPath.GetRange(cycleStart, _spreadPath.Count - cycleStart);
        var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => "\"" + s.Name.Value + "\""));
        Context.ReportError(
            $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
            cycle);
    }
}
