using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation;

/// <summary>
/// The names defined so far within each type, across its definition and its extensions: the fields or enum values
/// a type must define only once.
/// </summary>
internal sealed class DefinitionsByType
{
    private readonly Dictionary<string, Dictionary<string, NameNode>> _byType = new(StringComparer.Ordinal);

    /// <summary>Records the name within the type; when it was defined before, the first definition instead.</summary>
    public NameNode? AddOrFindFirst(string typeName, NameNode name)
    {
        if (!_byType.TryGetValue(typeName, out var names))
        {
            names = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            _byType.Add(typeName, names);
        }

        return names.TryAdd(name.Value, name) ? null : names[name.Value];
    }
}
