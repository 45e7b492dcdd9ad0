using System.Globalization;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.Limits;

/// <summary>
/// The static cost analysis of the GraphQL Cost Directives specification, as HotChocolate applies it. A field costs
/// its weight (<c>@cost</c>, by default 1 for fields of composite or list type and 0 for leaves), plus the weights of
/// the weighted arguments given to it; each object it returns costs its type's weight (by default 1) plus its
/// selections. A list multiplies what one item costs by its size: the largest value of its slicing arguments
/// (<c>first</c>, <c>last</c>), or its <c>@listSize(assumedSize:)</c>, or 1 without <c>@listSize</c>; a connection's
/// <c>@listSize(sizedFields:)</c> sizes its <c>edges</c> that way. An abstract type costs what its dearest possible type
/// does. The operation is priced as written, so fields under <c>@skip</c> and <c>@include</c> count, and so does each
/// spread of a fragment (an upper bound of what executing it can cost). Negative weights count as 0.
/// </summary>
internal sealed class CostAnalysis
{
    // A list without @listSize counts as this long, as the specification's implementations assume.
    private const int UnsizedListSize = 1;

    private readonly Schema _schema;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Fragment, ObjectType Type, Parent? Parent), CostNode> _spreads = [];
    private readonly Dictionary<(FieldNode Node, FieldDefinition Field, Parent? Parent), CostNode> _fields = [];
    private readonly Dictionary<FieldDefinition, ListSizeDirective?> _listSizes = [];
    private readonly List<GraphQLError> _errors = [];
    private int _sharedCount;

    private CostAnalysis(Schema schema, DocumentNode document)
    {
        _schema = schema;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    /// <summary>
    /// Prices a valid operation, or gives the errors that refuse it: a field whose <c>@listSize</c> requires exactly
    /// one of its slicing arguments, given none or several.
    /// </summary>
    public static CostPlan Analyze(Schema schema, DocumentNode document, OperationDefinitionNode operation, out IReadOnlyList<GraphQLError> errors)
    {
        var analysis = new CostAnalysis(schema, document);
        var rootType = schema.GetRootType(operation.Operation);
        var root = rootType is null
            ? ConstantCost.Zero
            : Sum(TypeWeight(rootType), [analysis.SelectionSet(operation.SelectionSet, rootType, null)]);
        errors = analysis._errors;
        return new CostPlan(root, analysis._sharedCount);
    }

    private CostNode SelectionSet(SelectionSetNode selectionSet, NamedType type, Parent? parent)
    {
        if (type is ObjectType objectType)
        {
            return Selections(selectionSet, objectType, parent);
        }

        var choices = _schema.GetPossibleTypes(type).Select(possible => Selections(selectionSet, possible, parent)).ToArray();
        return choices.All(choice => choice is ConstantCost)
            ? new ConstantCost(choices.Select(choice => ((ConstantCost)choice).Value).DefaultIfEmpty(0).Max())
            : new MaxCost(choices);
    }

    /// <summary>What the selections cost where the value is of <paramref name="type"/>.</summary>
    private CostNode Selections(SelectionSetNode selectionSet, ObjectType type, Parent? parent)
    {
        var terms = new List<CostNode>(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    terms.Add(Field(field, type, parent));
                    break;
                case InlineFragmentNode inline when Applies(inline.TypeCondition, type):
                    terms.Add(Selections(inline.SelectionSet, type, parent));
                    break;
                case FragmentSpreadNode spread when _fragments.GetValueOrDefault(spread.Name.Value) is { } fragment
                    && Applies(fragment.TypeCondition, type):
                    terms.Add(Spread(fragment, type, parent));
                    break;
            }
        }

        return Sum(0, terms);
    }

    // A fragment costs the same wherever it is spread into the same object type under the same field, so it is
    // priced once there, however often it is spread.
    private CostNode Spread(FragmentDefinitionNode fragment, ObjectType type, Parent? parent) =>
        Shared(_spreads, (fragment.Name.Value, type, SizingParent(parent)), () => Selections(fragment.SelectionSet, type, parent));

    // A field is priced once however many possible types of an abstract parent select it: otherwise abstract types
    // nested in each other would multiply the work by their possible types at every level.
    private CostNode Field(FieldNode node, ObjectType parentType, Parent? parent) =>
        TypeInfo.GetFieldDefinition(_schema, parentType, node.Name.Value) is not { } field || field == Types.Introspection.TypeNameMetaField
            ? ConstantCost.Zero
            : Shared(_fields, (node, field, SizingParent(parent)), () => Field(node, field, parent));

    // The field a selection set belongs to matters to its cost only through the fields its @listSize sizes.
    private Parent? SizingParent(Parent? parent) =>
        parent is { } p && ListSizeOf(p.Definition) is { SizedFields.Count: > 0 } ? p : null;

    private ListSizeDirective? ListSizeOf(FieldDefinition field)
    {
        if (!_listSizes.TryGetValue(field, out var listSize))
        {
            listSize = CostDirectives.ListSizeOf(field);
            _listSizes[field] = listSize;
        }

        return listSize;
    }

    /// <summary>
    /// The cost made once per key; one that depends on variables is evaluated once per request however many times it
    /// is used.
    /// </summary>
    private CostNode Shared<TKey>(Dictionary<TKey, CostNode> made, TKey key, Func<CostNode> make)
        where TKey : notnull
    {
        if (!made.TryGetValue(key, out var cost))
        {
            cost = make();
            if (cost is not ConstantCost)
            {
                cost = new SharedCost(_sharedCount++, cost);
            }

            made[key] = cost;
        }

        return cost;
    }

    private CostNode Field(FieldNode node, FieldDefinition field, Parent? parent)
    {
        var listSize = ListSizeOf(field);
        CheckSlicingArguments(node, listSize);
        var type = field.Type.GetNamedType();
        var item = node.SelectionSet is { } selections && type.IsCompositeType()
            ? Sum(TypeWeight(type), [SelectionSet(selections, type, new Parent(field, node))])
            : new ConstantCost(TypeWeight(type));
        if (field.Type.GetNullableType() is ListType)
        {
            item = List(SizeOf(field, node, listSize, parent), item);
        }

        return Sum(FieldWeight(field) + ArgumentWeights(field, node), [item]);
    }

    /// <summary>The size of a list field: from its own <c>@listSize</c>, or from its parent's when the parent names it a sized field.</summary>
    private SliceSize SizeOf(FieldDefinition field, FieldNode node, ListSizeDirective? listSize, Parent? parent)
    {
        if (listSize is null && parent is { } p && ListSizeOf(p.Definition) is { } parentSize
            && parentSize.SizedFields.Contains(field.Name))
        {
            return Slice(p.Definition, p.Node, parentSize);
        }

        return listSize is null || listSize.SizedFields.Count > 0 && field.Type.GetNullableType() is not ListType
            ? new SliceSize(UnsizedListSize, [], UnsizedListSize)
            : Slice(field, node, listSize);
    }

    private static SliceSize Slice(FieldDefinition field, FieldNode node, ListSizeDirective listSize)
    {
        var known = SliceSize.Unknown;
        var variables = new List<SlicingVariable>();
        foreach (var name in listSize.SlicingArguments)
        {
            var fallback = IntOf(field.Arguments[name]?.DefaultValue) ?? SliceSize.Unknown;
            switch (node.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value)
            {
                case VariableNode variable:
                    variables.Add(new SlicingVariable(variable.Name.Value, fallback));
                    break;
                case IntValueNode literal:
                    known = Math.Max(known, Math.Max(IntOf(literal) ?? 0, 0));
                    break;
                default:
                    // Absent or null: the resolver pages by the argument's default.
                    known = Math.Max(known, fallback);
                    break;
            }
        }

        return new SliceSize(known, [.. variables], listSize.AssumedSize ?? UnsizedListSize);
    }

    private void CheckSlicingArguments(FieldNode node, ListSizeDirective? listSize)
    {
        if (listSize is not { RequireOneSlicingArgument: true, SlicingArguments.Count: > 0 })
        {
            return;
        }

        var given = node.Arguments.Count(argument => listSize.SlicingArguments.Contains(argument.Name.Value));
        if (given != 1)
        {
            var arguments = string.Join(", ", listSize.SlicingArguments);
            _errors.Add(new GraphQLError(
                $"Exactly one of the slicing arguments {arguments} must be given to the field \"{node.Name.Value}\".", ErrorLocations.Of(node)));
        }
    }

    /// <summary>Whether a fragment with this type condition applies to values of <paramref name="type"/>.</summary>
    private bool Applies(NamedTypeNode? condition, ObjectType type) => condition is null
        || _schema.GetType(condition.Name.Value) is { } conditionType
        && (ReferenceEquals(conditionType, type) || _schema.IsSubType(conditionType, type));

    private double ArgumentWeights(FieldDefinition field, FieldNode node)
    {
        var weight = 0.0;
        foreach (var argument in node.Arguments)
        {
            if (field.Arguments[argument.Name.Value] is { } definition)
            {
                weight += NonNegative(CostDirectives.WeightOf(definition.AppliedDirectives) ?? 0);
            }
        }

        return weight;
    }

    private static double FieldWeight(FieldDefinition field) => NonNegative(CostDirectives.WeightOf(field.AppliedDirectives)
        ?? (field.Type.GetNamedType().IsCompositeType() || field.Type.GetNullableType() is ListType ? 1 : 0));

    private static double TypeWeight(NamedType type) =>
        NonNegative(CostDirectives.WeightOf(type.AppliedDirectives) ?? (type.IsCompositeType() ? 1 : 0));

    private static double NonNegative(double weight) => Math.Max(weight, 0);

    private static int? IntOf(ValueNode? value) =>
        value is IntValueNode literal && int.TryParse(literal.Value, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static CostNode Sum(double constant, IEnumerable<CostNode> terms)
    {
        var varying = new List<CostNode>();
        foreach (var term in terms)
        {
            if (term is ConstantCost known)
            {
                constant += known.Value;
            }
            else
            {
                varying.Add(term);
            }
        }

        return varying.Count == 0 ? new ConstantCost(constant) : new SumCost(constant, [.. varying]);
    }

    private static CostNode List(SliceSize size, CostNode item) => size.IsConstant && item is ConstantCost known
        ? new ConstantCost(size.Evaluate(EmptyVariables) is var count && count == 0 ? 0 : count * known.Value)
        : new ListCost(size, item);

    private static readonly IReadOnlyDictionary<string, object?> EmptyVariables = new Dictionary<string, object?>();

    /// <summary>The field whose selection set is being priced, for the sized fields of its <c>@listSize</c>.</summary>
    private readonly record struct Parent(FieldDefinition Definition, FieldNode Node);
}
