using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// The plans of one prepared operation. Which fields a plan holds depends only on the variables that
/// <c>@skip</c>/<c>@include</c> read, so plans are kept per outcome of those: most operations use none and have one plan.
/// </summary>
internal sealed class OperationPlans
{
    // Two bits per condition variable (absent, null, false, true) fit this many in a 64-bit key.
    private const int MaxKeyedVariables = 32;

    // Outcomes are chosen by clients: past this many, plans are built per request instead of kept.
    private const int MaxCachedOutcomes = 64;

    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly string[] _conditionVariables;
    private readonly Dictionary<ulong, OperationPlan> _byOutcome = [];
    private OperationPlan? _unconditional;

    public OperationPlans(Schema schema, DocumentNode document, OperationDefinitionNode operation)
    {
        Schema = schema;
        Operation = operation;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        _conditionVariables = ConditionVariables.Find(operation, _fragments.Values);
    }

    public Schema Schema { get; }
    public OperationDefinitionNode Operation { get; }

    public OperationPlan Get(IReadOnlyDictionary<string, object?> variables)
    {
        if (_conditionVariables.Length == 0)
        {
            return _unconditional ??= Build(variables);
        }

        if (_conditionVariables.Length > MaxKeyedVariables)
        {
            return Build(variables);
        }

        var key = OutcomeKey(variables);
        lock (_byOutcome)
        {
            if (_byOutcome.TryGetValue(key, out var plan))
            {
                return plan;
            }
        }

        var built = Build(variables);
        lock (_byOutcome)
        {
            if (_byOutcome.Count >= MaxCachedOutcomes)
            {
                return built;
            }

            return _byOutcome.TryAdd(key, built) ? built : _byOutcome[key];
        }
    }

    private ulong OutcomeKey(IReadOnlyDictionary<string, object?> variables)
    {
        ulong key = 0;
        foreach (var name in _conditionVariables)
        {
            var outcome = !variables.TryGetValue(name, out var value) ? 0UL : value is null ? 1UL : value is true ? 3UL : 2UL;
            key = (key << 2) | outcome;
        }

        return key;
    }

    private OperationPlan Build(IReadOnlyDictionary<string, object?> variables)
    {
        var conditionValues = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in _conditionVariables)
        {
            if (variables.TryGetValue(name, out var value))
            {
                conditionValues[name] = value;
            }
        }

        return new OperationPlan(Schema, Operation, _fragments, conditionValues);
    }
}
