namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// An object or list of a result under construction. Each knows where it sits in its parent, so that a field error
/// can null the nearest nullable position above it and an error's path can be read off the tree, even when the
/// field completes asynchronously, after its siblings.
/// </summary>
internal interface IResultContainer
{
    /// <summary>Null for the root <c>data</c> object.</summary>
    IResultContainer? Parent { get; }

    int IndexInParent { get; }

    /// <summary>True when the position this container fills is of a non-null type, so a null here nulls the parent.</summary>
    bool NonNullInParent { get; }

    /// <summary>Set once a null replaced this container: what completes inside it afterwards is not reported.</summary>
    bool IsNulled { get; set; }

    void SetSlot(int index, object? value);

    /// <summary>The response key (for objects) or index (for lists) of a slot, as error paths give it.</summary>
    object PathKey(int index);
}

/// <summary>A list of a result under construction.</summary>
internal sealed class ResultList(int count, IResultContainer parent, int indexInParent, bool nonNullInParent)
    : List<object?>(count), IResultContainer
{
    public IResultContainer? Parent { get; } = parent;
    public int IndexInParent { get; } = indexInParent;
    public bool NonNullInParent { get; } = nonNullInParent;
    public bool IsNulled { get; set; }

    public void SetSlot(int index, object? value) => this[index] = value;

    public object PathKey(int index) => index;
}

internal static class ResultContainerExtensions
{
    /// <summary>True when this container or one above it has been replaced by a null.</summary>
    public static bool IsInNulledTree(this IResultContainer container)
    {
        for (var current = container; current is not null; current = current.Parent)
        {
            if (current.IsNulled)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The response path of a slot: keys and indices from the root.</summary>
    public static IReadOnlyList<object> PathOf(this IResultContainer container, int index)
    {
        var depth = 1;
        for (var current = container; current.Parent is not null; current = current.Parent)
        {
            depth++;
        }

        var path = new object[depth];
        path[--depth] = container.PathKey(index);
        for (var current = container; current.Parent is { } parent; current = parent)
        {
            path[--depth] = parent.PathKey(current.IndexInParent);
        }

        return path;
    }
}
