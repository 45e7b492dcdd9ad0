using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation;

/// <summary>Fragments reached from operations, and the variables they use, computed once per set of starting spreads.</summary>
public sealed partial class ValidationContext
{
    private readonly Dictionary<string, ReferencedFragments> _referencedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveVariableUsages = [];

    /// <summary>Every fragment an operation spreads, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetReferencedFragments([operation]).Fragments;

    /// <summary>Every fragment any of the operations spreads, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations) =>
        GetReferencedFragments(operations).Fragments;

    /// <summary>The variables used in an operation and in every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            return usages;
        }

        var referenced = GetReferencedFragments([operation]);
        var fragmentUsages = referenced.VariableUsages ??= CollectFragmentUsages(referenced.Fragments);
        SpendFragmentWork(fragmentUsages.Count);
        usages = [.. GetVariableUsages(operation), .. fragmentUsages];
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private List<VariableUsage> CollectFragmentUsages(List<FragmentDefinitionNode> fragments)
    {
        SpendFragmentWork(fragments.Count);
        var usages = new List<VariableUsage>();
        foreach (var fragment in fragments)
        {
            var local = GetVariableUsages(fragment);
            SpendFragmentWork(local.Count);
            usages.AddRange(local);
        }

        return usages;
    }

    private ReferencedFragments GetReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        // Operations that start from the same spreads reach the same fragments: the set of names is the cache key.
        var key = SetKey(names);
        if (_referencedFragments.TryGetValue(key, out var referenced))
        {
            return referenced;
        }

        referenced = new ReferencedFragments(CollectReferencedFragments(names, seen));
        _referencedFragments[key] = referenced;
        return referenced;
    }

    private static string SetKey(List<string> names)
    {
        if (names.Count < 2)
        {
            return names.Count == 0 ? "" : names[0];
        }

        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return string.Join(',', sorted);
    }

    private List<FragmentDefinitionNode> CollectReferencedFragments(List<string> names, HashSet<string> seen)
    {
        SpendFragmentWork(names.Count);
        var fragments = new List<FragmentDefinitionNode>();
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        return fragments;
    }

    private sealed class ReferencedFragments(List<FragmentDefinitionNode> fragments)
    {
        public List<FragmentDefinitionNode> Fragments { get; } = fragments;

        public List<VariableUsage>? VariableUsages { get; set; }
    }
}
