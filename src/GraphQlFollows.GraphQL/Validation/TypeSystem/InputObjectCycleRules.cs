using System.Runtime.CompilerServices;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Building;

namespace GraphQlFollows.GraphQL.Validation.TypeSystem;

/// <summary>
/// Every input object must admit a finite value. A plain input object has one when each of its non-null input
/// object fields does; a <c>@oneOf</c> input object when at least one of its fields can be given a finite value.
/// Objects without a finite value are reported with the cycle of fields that prevents it.
/// </summary>
internal sealed class InputObjectCycleRules
{
    private readonly Dictionary<InputObjectType, State> _states = [];
    private readonly SchemaErrors _errors;
    private readonly HashSet<InputObjectType> _visited = [];
    private readonly List<(string Coordinate, Node? Node)> _fieldPath = [];
    private readonly Dictionary<InputObjectType, int> _pathIndex = [];

    private InputObjectCycleRules(IEnumerable<InputObjectType> inputs, SchemaErrors errors)
    {
        _errors = errors;
        foreach (var input in inputs)
        {
            _states[input] = new State(input);
        }
    }

    public static void Validate(IEnumerable<InputObjectType> inputs, SchemaErrors errors)
    {
        var rules = new InputObjectCycleRules(inputs, errors);
        rules.FindFiniteValues();
        foreach (var state in rules._states.Values.Where(s => !s.HasFiniteValue))
        {
            rules.ReportCycles(state);
        }
    }

    /// <summary>The input object a field's value cannot do without, if any.</summary>
    private static InputObjectType? Target(InputObjectType input, IGraphQLType fieldType) => input.IsOneOf
        ? fieldType as InputObjectType
        : (fieldType as NonNullType)?.OfType as InputObjectType;

    private void FindFiniteValues()
    {
        var finite = new Stack<State>();
        foreach (var state in _states.Values)
        {
            foreach (var field in state.Input.Fields)
            {
                if (Target(state.Input, field.Type) is not { } target)
                {
                    continue;
                }

                state.Targets.Add((field, target));
                _states.GetValueOrDefault(target)?.Dependents.Add(state);
            }

            var fieldCount = state.Input.Fields.Count;
            state.UnresolvedTargets = state.Targets.Count;
            if (state.Input.IsOneOf ? fieldCount == 0 || state.Targets.Count < fieldCount : state.Targets.Count == 0)
            {
                Mark(state, finite);
            }
        }

        while (finite.TryPop(out var resolved))
        {
            foreach (var dependent in resolved.Dependents.Where(d => !d.HasFiniteValue))
            {
                if (dependent.Input.IsOneOf || --dependent.UnresolvedTargets == 0)
                {
                    Mark(dependent, finite);
                }
            }
        }
    }

    private static void Mark(State state, Stack<State> finite)
    {
        if (!state.HasFiniteValue)
        {
            state.HasFiniteValue = true;
            finite.Push(state);
        }
    }

    private void ReportCycles(State state)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (!_visited.Add(state.Input))
        {
            return;
        }

        _pathIndex[state.Input] = _fieldPath.Count;
        foreach (var (field, target) in state.Targets)
        {
            if (!_states.TryGetValue(target, out var targetState) || targetState.HasFiniteValue)
            {
                continue;
            }

            _fieldPath.Add(($"{state.Input.Name}.{field.Name}", field.AstNode));
            if (_pathIndex.TryGetValue(target, out var cycleStart))
            {
                var cycle = _fieldPath[cycleStart..];
                _errors.Add(
                    $"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: " +
                    $"{string.Join(", ", cycle.Select(c => c.Coordinate))}.",
                    cycle.Select(c => c.Node));
            }
            else
            {
                ReportCycles(targetState);
            }

            _fieldPath.RemoveAt(_fieldPath.Count - 1);
        }

        _pathIndex.Remove(state.Input);
    }

    private sealed class State(InputObjectType input)
    {
        public InputObjectType Input { get; } = input;
        public List<(InputValue Field, InputObjectType Target)> Targets { get; } = [];
        public List<State> Dependents { get; } = [];
        public int UnresolvedTargets { get; set; }
        public bool HasFiniteValue { get; set; }
    }
}
