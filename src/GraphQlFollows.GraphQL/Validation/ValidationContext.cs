using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation;

/// <summary>
/// What the rules of one validation share: the schema and document, the type information of the walk, lookups of
/// fragments, spreads and variable usages (computed once, on demand) and the list of errors.
/// </summary>
public sealed partial class ValidationContext
{
    /// <summary>
    /// The work allowed for following fragment spreads across the document, so that documents built to make
    /// validation slow are refused instead; the reference implementation uses the same budget.
    /// </summary>
    private const int FragmentWorkBudget = 50_000;

    private readonly List<GraphQLError> _errors = [];
    private readonly int _maxErrors;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _fragmentSpreads = [];
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _variableUsages = [];
    private readonly Stack<SelectionSetNode> _setsToVisit = new();
    private int _remainingFragmentWork = FragmentWorkBudget;

    public ValidationContext(Schema schema, DocumentNode document, int maxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = new TypeInfo(schema);
        _maxErrors = maxErrors;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    _operations.Add(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    _fragments[fragment.Name.Value] = fragment;
                    break;
                case DirectiveDefinitionNode directive:
                    AddDocumentDirective(directive);
                    break;
            }
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    /// <summary>The type system definition or extension the walk is in, if any.</summary>
    public TypeSystemDefinitionNode? TypeSystemDefinition { get; internal set; }

    public IReadOnlyList<OperationDefinitionNode> Operations => _operations;

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>The fragment of that name; the last one when several share it.</summary>
    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>
    /// The spreads within a selection set, in its fields and inline fragments too, but not in the fragments spread.
    /// </summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads))
        {
            return spreads;
        }

        spreads = [];
        var setsToVisit = _setsToVisit;
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Reports an error located at the given nodes; aborts the validation once too many were reported.</summary>
    public void ReportError(string message, Node node) => ReportError(message, [node]);

    public void ReportError(string message, Node first, Node second) => ReportError(message, [first, second]);

    public void ReportError(string message, IEnumerable<Node> nodes)
    {
        if (_errors.Count >= _maxErrors)
        {
            throw new ValidationAbortedException("Too many validation errors, error limit reached. Validation aborted.");
        }

        List<SourceLocation>? locations = null;
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                (locations ??= []).Add(new SourceLocation(location.Line, location.Column));
            }
        }

        _errors.Add(new GraphQLError(message, locations));
    }

    /// <summary>Counts work spent following fragments; aborts the validation when the budget is exhausted.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException("Validation aborted.");
        }
    }

    internal void AddError(GraphQLError error) => _errors.Add(error);

    /// <summary>
    /// The variables used directly in an operation or fragment, found by a walk of its own (once), since rules ask
    /// before the main walk has reached the fragments.
    /// </summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            usages = ValidationWalker.CollectVariableUsages(this, definition);
            _variableUsages[definition] = usages;
        }

        return usages;
    }
}
