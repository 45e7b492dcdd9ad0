using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Single Root Field: a subscription selects exactly one root field, which is not an introspection field, and
/// uses no <c>@skip</c> or <c>@include</c> among its root selections (fragments included), so that the field is
/// known without variables.
/// graphql-js: <c>SingleFieldSubscriptionsRule</c>.
/// </summary>
public sealed class SingleRootField(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Operation;

    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        var collector = new RootFieldCollector(Context, subscriptionType);
        collector.Collect(node.SelectionSet);
        var subject = node.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        if (collector.ForbiddenDirectives.Count > 0)
        {
            Context.ReportError(
                $"{subject} must not use `@skip` or `@include` directives in the top level selection.",
                collector.ForbiddenDirectives);
            return;
        }

        var fields = collector.FieldsByResponseKey;
        if (fields.Count == 0)
        {
            Context.ReportError($"{subject} must select one top level field.", node.SelectionSet);
        }
        else if (fields.Count > 1)
        {
            Context.ReportError($"{subject} must select only one top level field.", fields.Skip(1).SelectMany(f => f.Fields));
        }

        foreach (var (_, sameKey) in fields)
        {
            if (sameKey[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Context.ReportError($"{subject} must not select an introspection top level field.", sameKey);
            }
        }
    }

    /// <summary>The root fields by response key, as execution would collect them for the subscription type.</summary>
    private sealed class RootFieldCollector(ValidationContext context, ObjectType rootType)
    {
        private readonly Dictionary<string, int> _indexByKey = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public List<(string Key, List<FieldNode> Fields)> FieldsByResponseKey { get; } = [];

        public List<DirectiveNode> ForbiddenDirectives { get; } = [];

        public void Collect(SelectionSetNode selectionSet)
        {
            SpendWork(selectionSet);
            foreach (var selection in selectionSet.Selections)
            {
                if (HasSkipOrInclude(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        Add(field);
                        break;
                    case InlineFragmentNode inline when Applies(inline.TypeCondition):
                        Collect(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        if (context.GetFragment(spread.Name.Value) is { } fragment
                            && Applies(fragment.TypeCondition) && _visitedFragments.Add(spread.Name.Value))
                        {
                            Collect(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        /// <summary>Records a forbidden directive; the selection is then left out, as it could be at run time.</summary>
        private bool HasSkipOrInclude(SelectionNode selection)
        {
            foreach (var name in (ReadOnlySpan<string>)["skip", "include"])
            {
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value == name)
                    {
                        ForbiddenDirectives.Add(directive);
                        return true;
                    }
                }
            }

            return false;
        }

        private void SpendWork(SelectionSetNode selectionSet)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                context.SpendFragmentWork(selection.Directives.Count);
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value == "defer")
                    {
                        context.SpendFragmentWork(directive.Arguments.Count);
                        break;
                    }
                }
            }
        }

        private void Add(FieldNode field)
        {
            var key = field.ResponseKey;
            if (_indexByKey.TryGetValue(key, out var index))
            {
                FieldsByResponseKey[index].Fields.Add(field);
            }
            else
            {
                _indexByKey[key] = FieldsByResponseKey.Count;
                FieldsByResponseKey.Add((key, [field]));
            }
        }

        private bool Applies(NamedTypeNode? typeCondition)
        {
            if (typeCondition is null)
            {
                return true;
            }

            var type = context.Schema.GetType(typeCondition.Name.Value);
            return ReferenceEquals(type, rootType) || (type is not null && type.IsAbstractType() && context.Schema.IsSubType(type, rootType));
        }
    }
}
