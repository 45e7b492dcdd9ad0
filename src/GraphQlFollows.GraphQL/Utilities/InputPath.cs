namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>
/// Reports one problem found inside an input value: its message, where in the value it is, and for a literal, the
/// node at fault (errors about literals are located there).
/// </summary>
public delegate void InputErrorHandler(string message, IReadOnlyList<object> path, Language.Ast.Node? node);

/// <summary>
/// The position inside an input value while it is coerced: field names and list indices,
/// kept as a stack so that nothing is allocated unless an error is reported.
/// </summary>
internal sealed class InputPath
{
    private readonly List<object> _keys = [];

    public int Depth => _keys.Count;

    public void Push(object key) => _keys.Add(key);

    public void Pop() => _keys.RemoveAt(_keys.Count - 1);

    public IReadOnlyList<object> Snapshot() => _keys.Count == 0 ? [] : _keys.ToArray();

    /// <summary>The path as error messages print it: <c> at .field[0]</c>, or nothing at the top.</summary>
    public static string Print(IReadOnlyList<object> path)
    {
        if (path.Count == 0)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder(" at ");
        foreach (var key in path)
        {
            if (key is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(key);
            }
        }

        return builder.ToString();
    }
}
