using System.Runtime.CompilerServices;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>Collecting the fields of selection sets, once per parent type and selection set.</summary>
public sealed partial class FieldSelectionMerging
{
    private readonly Dictionary<(NamedType?, SelectionSetNode), CollectedFields> _collected = [];

    /// <summary>
    /// The fields of a selection set grouped by response name, inline fragments included; the fragments it spreads
    /// are kept apart, to be compared once per pair.
    /// </summary>
    private CollectedFields CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!_collected.TryGetValue((parentType, selectionSet), out var fields))
        {
            fields = new CollectedFields();
            Collect(fields, parentType, selectionSet);
            _collected[(parentType, selectionSet)] = fields;
        }

        return fields;
    }

    private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(Context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void Collect(CollectedFields fields, NamedType? parentType, SelectionSetNode selectionSet)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    fields.Add(new FieldDetails(parentType, field, (parentType as FieldsType)?.Fields[field.Name.Value]));
                    break;
                case FragmentSpreadNode spread:
                    fields.Spreads.Add(spread);
                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is { } condition ? Context.Schema.GetType(condition.Name.Value) : parentType;
                    Collect(fields, type, inline.SelectionSet);
                    break;
            }
        }
    }

    /// <summary>The distinct fragments a set of fields spreads; null stands for the unknown ones.</summary>
    private List<FragmentDefinitionNode?> GetSpreadFragments(CollectedFields fields)
    {
        if (fields.SpreadFragments is { } cached)
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode?>();
        var seen = new HashSet<FragmentDefinitionNode?>();
        foreach (var spread in fields.Spreads)
        {
            Spend(1);
            var fragment = Context.GetFragment(spread.Name.Value);
            if (seen.Add(fragment))
            {
                fragments.Add(fragment);
            }
        }

        fields.SpreadFragments = fragments;
        return fragments;
    }

    /// <summary>The response names two sets of fields share, with the fields of each.</summary>
    private List<(string ResponseName, List<FieldDetails> First, List<FieldDetails> Second)> GetOverlaps(CollectedFields first, CollectedFields second)
    {
        first.Overlaps ??= [];
        if (first.Overlaps.TryGetValue(second, out var overlaps))
        {
            return overlaps;
        }

        overlaps = [];
        foreach (var (responseName, firstFields) in first.Groups)
        {
            Spend(1);
            if (second.Get(responseName) is { } secondFields)
            {
                overlaps.Add((responseName, firstFields, secondFields));
            }
        }

        first.Overlaps[second] = overlaps;
        return overlaps;
    }

    private sealed class CollectedFields
    {
        private readonly Dictionary<string, List<FieldDetails>> _byResponseName = new(StringComparer.Ordinal);

        /// <summary>The fields by response name, in order of first appearance.</summary>
        public List<(string ResponseName, List<FieldDetails> Fields)> Groups { get; } = [];

        public List<FragmentSpreadNode> Spreads { get; } = [];

        public List<FragmentDefinitionNode?>? SpreadFragments { get; set; }

        public Dictionary<CollectedFields, List<(string, List<FieldDetails>, List<FieldDetails>)>>? Overlaps { get; set; }

        public List<FieldDetails>? Get(string responseName) => _byResponseName.GetValueOrDefault(responseName);

        public void Add(FieldDetails field)
        {
            var responseName = field.Node.ResponseKey;
            if (!_byResponseName.TryGetValue(responseName, out var sameName))
            {
                sameName = [];
                _byResponseName[responseName] = sameName;
                Groups.Add((responseName, sameName));
            }

            sameName.Add(field);
        }
    }

    /// <summary>A selected field with its parent type and definition (null when unknown; meta-fields have none here).</summary>
    private sealed class FieldDetails
    {
        public FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
        {
            ParentType = parentType;
            Node = node;
            Definition = definition;
            foreach (var directive in node.Directives)
            {
                if (directive.Name.Value == "stream")
                {
                    StreamDirective = directive;
                    break;
                }
            }
        }

        public NamedType? ParentType { get; }

        public FieldNode Node { get; }

        public FieldDefinition? Definition { get; }

        public DirectiveNode? StreamDirective { get; }

        /// <summary>No arguments, sub-selection or stream: two such fields merge when name and type agree.</summary>
        public bool IsSimpleLeaf => Node.Arguments.Count == 0 && Node.SelectionSet is null && StreamDirective is null;

        public NamedType? NamedType => Definition?.Type.GetNamedType();
    }
}
