using System.Runtime.CompilerServices;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging: fields that share a response name in a selection set (fragments included) can be
/// merged: same field and arguments unless their parents are different object types, and always results of the
/// same shape, all the way down their sub-selections.
/// <para>
/// Comparing every pair naively is exponential in the nesting of fragments. As the reference implementation does,
/// each selection set's fields are collected once per parent type, the fields of a fragment are compared with a
/// given set of fields once, and each pair of fragments once; a complexity budget bounds what is left, and a
/// document that exhausts it is refused.
/// </para>
/// graphql-js: <c>OverlappingFieldsCanBeMergedRule</c>.
/// </summary>
public sealed partial class FieldSelectionMerging(ValidationContext context) : ValidationRule(context)
{
    private const int ComplexityBudget = 500_000;

    /// <summary>
    /// Pairs already compared, with whether their parents were mutually exclusive. A pair compared as exclusive
    /// must be compared again if it turns up as not exclusive, since that comparison checks more.
    /// </summary>
    private readonly Dictionary<(CollectedFields, FragmentDefinitionNode?), bool> _comparedFieldsAndFragments = [];
    private readonly Dictionary<(FragmentDefinitionNode?, FragmentDefinitionNode?), bool> _comparedFragmentPairs = [];

    private int _remainingBudget = ComplexityBudget;

    public override RuleHooks Hooks => RuleHooks.SelectionSet;

    public override void EnterSelectionSet(SelectionSetNode node, Node parent)
    {
        // An inline fragment's fields are compared as part of the selection set holding it.
        if (parent is InlineFragmentNode)
        {
            return;
        }

        var selections = node.Selections;
        if (selections.Count == 0
            || (selections.Count == 1 && selections[0] is not InlineFragmentNode)
            || HasOnlyDistinctFields(selections))
        {
            return;
        }

        foreach (var conflict in FindConflictsWithin(Context.TypeInfo.ParentType, node))
        {
            Context.ReportError(
                $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }
    }

    /// <summary>
    /// Plain fields under distinct response names cannot conflict with one another; the common case is decided
    /// without collecting anything. Their sub-selections are checked when the walk reaches them.
    /// </summary>
    private static bool HasOnlyDistinctFields(IReadOnlyList<SelectionNode> selections)
    {
        const int MaxPairwise = 16;
        if (selections.Count > MaxPairwise)
        {
            return false;
        }

        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode field)
            {
                return false;
            }

            var key = field.ResponseKey;
            for (var j = 0; j < i; j++)
            {
                if (((FieldNode)selections[j]).ResponseKey == key)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private List<Conflict> FindConflictsWithin(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var fields = CollectFields(parentType, selectionSet);
        foreach (var (responseName, sameName) in fields.Groups)
        {
            for (var i = 0; i < sameName.Count; i++)
            {
                for (var j = i + 1; j < sameName.Count; j++)
                {
                    AddConflict(conflicts, FindConflict(false, responseName, sameName[i], sameName[j]));
                }
            }
        }

        if (fields.Spreads.Count != 0 && (fields.Groups.Count != 0 || fields.Spreads.Count > 1))
        {
            var fragments = GetSpreadFragments(fields);
            for (var i = 0; i < fragments.Count; i++)
            {
                CompareFieldsWithFragment(conflicts, false, fields, fragments[i]);
                for (var j = i + 1; j < fragments.Count; j++)
                {
                    CompareFragments(conflicts, false, fragments[i], fragments[j]);
                }
            }
        }

        return conflicts;
    }

    /// <summary>Compares fields with those of a fragment and of every fragment it spreads.</summary>
    private void CompareFieldsWithFragment(List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields fields, FragmentDefinitionNode? fragment)
    {
        Spend(1);
        if (fields.Groups.Count == 0 || !MarkCompared(_comparedFieldsAndFragments, (fields, fragment), mutuallyExclusive) || fragment is null)
        {
            return;
        }

        var fragmentFields = CollectFragmentFields(fragment);
        var referenced = GetSpreadFragments(fragmentFields);
        if (ReferenceEquals(fields, fragmentFields))
        {
            return;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        CompareBetween(conflicts, mutuallyExclusive, fields, fragmentFields);
        foreach (var next in referenced)
        {
            CompareFieldsWithFragment(conflicts, mutuallyExclusive, fields, next);
        }
    }

    /// <summary>Compares the fields of two fragments, and of every fragment each spreads with the other.</summary>
    private void CompareFragments(List<Conflict> conflicts, bool mutuallyExclusive, FragmentDefinitionNode? first, FragmentDefinitionNode? second)
    {
        Spend(2);
        if (ReferenceEquals(first, second)
            || IsCompared(_comparedFragmentPairs, (second, first), mutuallyExclusive)
            || !MarkCompared(_comparedFragmentPairs, (first, second), mutuallyExclusive)
            || first is null || second is null)
        {
            return;
        }

        var firstFields = CollectFragmentFields(first);
        var firstReferenced = GetSpreadFragments(firstFields);
        var secondFields = CollectFragmentFields(second);
        var secondReferenced = GetSpreadFragments(secondFields);
        RuntimeHelpers.EnsureSufficientExecutionStack();
        CompareBetween(conflicts, mutuallyExclusive, firstFields, secondFields);
        foreach (var next in secondReferenced)
        {
            CompareFragments(conflicts, mutuallyExclusive, first, next);
        }

        foreach (var next in firstReferenced)
        {
            CompareFragments(conflicts, mutuallyExclusive, next, second);
        }
    }

    /// <summary>Adds the conflicts between the sub-selections of two fields that share a response name.</summary>
    private void FindConflictsBetweenSubSelections(
        List<Conflict> conflicts,
        bool mutuallyExclusive,
        NamedType? firstType,
        SelectionSetNode firstSet,
        NamedType? secondType,
        SelectionSetNode secondSet)
    {
        var first = CollectFields(firstType, firstSet);
        var firstFragments = GetSpreadFragments(first);
        var second = CollectFields(secondType, secondSet);
        var secondFragments = GetSpreadFragments(second);
        CompareBetween(conflicts, mutuallyExclusive, first, second);
        foreach (var fragment in secondFragments)
        {
            CompareFieldsWithFragment(conflicts, mutuallyExclusive, first, fragment);
        }

        foreach (var fragment in firstFragments)
        {
            CompareFieldsWithFragment(conflicts, mutuallyExclusive, second, fragment);
        }

        foreach (var firstFragment in firstFragments)
        {
            foreach (var secondFragment in secondFragments)
            {
                CompareFragments(conflicts, mutuallyExclusive, firstFragment, secondFragment);
            }
        }
    }

    /// <summary>Compares each field of one set with each field of the same response name in the other.</summary>
    private void CompareBetween(List<Conflict> conflicts, bool parentsMutuallyExclusive, CollectedFields first, CollectedFields second)
    {
        if (first.Groups.Count == 0 || second.Groups.Count == 0)
        {
            return;
        }

        foreach (var (responseName, firstFields, secondFields) in GetOverlaps(first, second))
        {
            foreach (var firstField in firstFields)
            {
                foreach (var secondField in secondFields)
                {
                    AddConflict(conflicts, FindConflict(parentsMutuallyExclusive, responseName, firstField, secondField));
                }
            }
        }
    }

    private static void AddConflict(List<Conflict> conflicts, Conflict? conflict)
    {
        if (conflict is not null)
        {
            conflicts.Add(conflict);
        }
    }

    private static bool IsCompared<TKey>(Dictionary<TKey, bool> compared, TKey pair, bool mutuallyExclusive)
        where TKey : notnull =>
        compared.TryGetValue(pair, out var wasExclusive) && (mutuallyExclusive || !wasExclusive);

    /// <summary>Records a comparison; false when an equivalent one was already made.</summary>
    private static bool MarkCompared<TKey>(Dictionary<TKey, bool> compared, TKey pair, bool mutuallyExclusive)
        where TKey : notnull
    {
        if (IsCompared(compared, pair, mutuallyExclusive))
        {
            return false;
        }

        compared[pair] = mutuallyExclusive;
        return true;
    }

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw new ValidationAbortedException("Validation aborted.");
        }
    }

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);
}
