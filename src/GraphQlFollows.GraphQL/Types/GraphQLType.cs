using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types;

/// <summary>The kinds of type, as introspection's <c>__TypeKind</c> names them.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>Any type a field, argument or variable can have: a named type or a list or non-null wrapper.</summary>
public interface IGraphQLType
{
    TypeKind Kind { get; }
}

/// <summary>A type with a name in the schema: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : IGraphQLType, INamedElement
{
    private protected NamedType(string name) => Name = name;

    public abstract TypeKind Kind { get; }
    public string Name { get; }
    public string? Description { get; internal set; }

    /// <summary>The directives applied where the type is defined and extended.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    public TypeDefinitionNode? AstNode { get; internal set; }
    public IReadOnlyList<TypeDefinitionNode> ExtensionAstNodes { get; internal set; } = [];

    public override string ToString() => Name;
}

public sealed class ListType(IGraphQLType ofType) : IGraphQLType
{
    public TypeKind Kind => TypeKind.List;
    public IGraphQLType OfType { get; } = ofType;
    public override string ToString() => $"[{OfType}]";
}

public sealed class NonNullType(IGraphQLType ofType) : IGraphQLType
{
    public TypeKind Kind => TypeKind.NonNull;

    /// <summary>A named or list type; never another non-null.</summary>
    public IGraphQLType OfType { get; } = ofType;
    public override string ToString() => $"{OfType}!";
}

/// <summary>Anything with a name that a schema keeps in declaration order.</summary>
public interface INamedElement
{
    string Name { get; }
}

/// <summary>Elements in declaration order with lookup by name.</summary>
public sealed class NamedCollection<T> : IReadOnlyList<T> where T : class, INamedElement
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    internal NamedCollection()
    {
    }

    public int Count => _items.Count;
    public T this[int index] => _items[index];

    public T? this[string name] => _byName.GetValueOrDefault(name);

    public bool TryGet(string name, out T item) => _byName.TryGetValue(name, out item!);

    /// <summary>Adds an element while the schema is built; false (and nothing added) when the name is already taken.</summary>
    internal bool Add(T item)
    {
        if (!_byName.TryAdd(item.Name, item))
        {
            return false;
        }

        _items.Add(item);
        return true;
    }

    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
