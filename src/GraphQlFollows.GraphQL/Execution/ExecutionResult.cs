using System.Runtime.InteropServices;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// One response: <c>data</c> (present once execution started, possibly null), <c>errors</c> and <c>extensions</c>.
/// A result without data is a request error: the document did not parse or validate, or the request was refused.
/// </summary>
public sealed class ExecutionResult
{
    /// <summary>True when execution started, so the response has a <c>data</c> entry (which may be null).</summary>
    public bool HasData { get; init; }

    /// <summary>The result tree: <see cref="ResultMap"/>, lists, and leaf values (string, bool, int, long, double, decimal).</summary>
    public ResultMap? Data { get; init; }

    public IReadOnlyList<GraphQLError>? Errors { get; init; }
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public static ExecutionResult RequestError(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors };
}

/// <summary>An object in a result, keys in the order the document selected them.</summary>
public sealed class ResultMap : List<KeyValuePair<string, object?>>, IResultContainer
{
    public ResultMap(int capacity) : base(capacity)
    {
    }

    internal ResultMap(int capacity, IResultContainer? parent, int indexInParent, bool nonNullInParent) : base(capacity)
    {
        Parent = parent;
        IndexInParent = indexInParent;
        NonNullInParent = nonNullInParent;
    }

    internal IResultContainer? Parent { get; }
    internal int IndexInParent { get; }
    internal bool NonNullInParent { get; }
    internal bool IsNulled { get; set; }

    IResultContainer? IResultContainer.Parent => Parent;
    int IResultContainer.IndexInParent => IndexInParent;
    bool IResultContainer.NonNullInParent => NonNullInParent;

    bool IResultContainer.IsNulled
    {
        get => IsNulled;
        set => IsNulled = value;
    }

    // In place, through the span: the key stays, and the list's version check and second bounds check are spared.
    void IResultContainer.SetSlot(int index, object? value)
    {
        ref var slot = ref CollectionsMarshal.AsSpan(this)[index];
        slot = new KeyValuePair<string, object?>(slot.Key, value);
    }

    object IResultContainer.PathKey(int index) => this[index].Key;

    public object? this[string key] => Find(key).Value;

    private KeyValuePair<string, object?> Find(string key)
    {
        foreach (var entry in this)
        {
            if (entry.Key == key)
            {
                return entry;
            }
        }

        return default;
    }
}
