namespace GraphQlFollows.GraphQL.Validation.Limits;

/// <summary>
/// An operation's cost as a function of its variables, made once per operation by <see cref="CostAnalysis"/>:
/// everything that does not depend on a variable is already added up, so that pricing a request reads only the
/// slicing arguments given as variables. Fragments spread at several places are priced once per request.
/// </summary>
internal sealed class CostPlan(CostNode root, int sharedCount)
{
    /// <summary>The cost with these coerced variable values; never negative, at most <see cref="double.MaxValue"/>.</summary>
    public double Evaluate(IReadOnlyDictionary<string, object?> variables)
    {
        if (root is ConstantCost constant)
        {
            return Bounded(constant.Value);
        }

        var shared = sharedCount == 0 ? [] : new double[sharedCount];
        Array.Fill(shared, double.NaN);
        return Bounded(root.Evaluate(new CostEvaluation(variables, shared)));
    }

    private static double Bounded(double cost) => Math.Clamp(cost, 0, double.MaxValue);
}

/// <summary>What one pricing of a plan needs: the variables, and the fragments priced so far (NaN: not yet).</summary>
internal readonly record struct CostEvaluation(IReadOnlyDictionary<string, object?> Variables, double[] Shared);

internal abstract class CostNode
{
    public abstract double Evaluate(CostEvaluation evaluation);
}

internal sealed class ConstantCost(double value) : CostNode
{
    public static readonly ConstantCost Zero = new(0);

    public double Value { get; } = value;

    public override double Evaluate(CostEvaluation evaluation) => Value;
}

/// <summary>A constant plus terms that depend on variables.</summary>
internal sealed class SumCost(double constant, CostNode[] terms) : CostNode
{
    public override double Evaluate(CostEvaluation evaluation)
    {
        var sum = constant;
        foreach (var term in terms)
        {
            sum += term.Evaluate(evaluation);
        }

        return sum;
    }
}

/// <summary>The cost of a list's items: the list's size times the cost of one item.</summary>
internal sealed class ListCost(SliceSize size, CostNode item) : CostNode
{
    public override double Evaluate(CostEvaluation evaluation)
    {
        var count = size.Evaluate(evaluation.Variables);
        return count == 0 ? 0 : count * item.Evaluate(evaluation);
    }
}

/// <summary>The dearest of the possible types of an abstract type.</summary>
internal sealed class MaxCost(CostNode[] choices) : CostNode
{
    public override double Evaluate(CostEvaluation evaluation)
    {
        var max = 0.0;
        foreach (var choice in choices)
        {
            max = Math.Max(max, choice.Evaluate(evaluation));
        }

        return max;
    }
}

/// <summary>A fragment priced where it is spread, computed once per pricing however often it is spread.</summary>
internal sealed class SharedCost(int index, CostNode inner) : CostNode
{
    public override double Evaluate(CostEvaluation evaluation)
    {
        ref var slot = ref evaluation.Shared[index];
        if (double.IsNaN(slot))
        {
            slot = inner.Evaluate(evaluation);
        }

        return slot;
    }
}

/// <summary>
/// The length of a list as one field node asks for it: the largest value among its slicing arguments (literals and
/// defaults known in advance, variables read per request), or the assumed size when none has a value.
/// </summary>
internal sealed class SliceSize(int known, SlicingVariable[] variables, int assumed)
{
    /// <summary>No slicing argument has a value in advance.</summary>
    public const int Unknown = -1;

    public bool IsConstant => variables.Length == 0;

    public int Evaluate(IReadOnlyDictionary<string, object?> values)
    {
        var size = known;
        foreach (var variable in variables)
        {
            var value = values.TryGetValue(variable.Name, out var given) && given is int n ? Math.Max(n, 0) : variable.Default;
            size = Math.Max(size, value);
        }

        return size == Unknown ? assumed : size;
    }
}

/// <summary>
/// A slicing argument given as a variable, and the argument's default (or <see cref="SliceSize.Unknown"/>) for when the
/// variable is null or absent.
/// </summary>
internal readonly record struct SlicingVariable(string Name, int Default);
