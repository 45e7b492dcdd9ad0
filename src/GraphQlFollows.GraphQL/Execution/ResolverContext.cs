using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// The context of one field resolution. A resolver that completes synchronously is done with its context, so the
/// executor reuses the object for the next field; one that goes asynchronous keeps it until its task completes.
/// </summary>
internal sealed class ResolverContext(OperationExecution execution) : IResolverContext
{
    private FieldPlan _field = null!;
    private IResultContainer _container = null!;
    private int _index;

    public Schema Schema => execution.Schema;
    public object? Parent { get; private set; }
    public ObjectType ParentType => _field.ParentType;
    public FieldDefinition FieldDefinition => _field.Definition;
    public IReadOnlyList<FieldNode> FieldNodes => _field.Nodes;
    public IReadOnlyDictionary<string, object?> Arguments { get; set; } = Utilities.ArgumentValues.None;
    public IReadOnlyDictionary<string, object?> Variables => execution.Variables;
    public OperationDefinitionNode Operation => execution.Operation;
    public IReadOnlyList<object> Path => _container.PathOf(_index);
    public IDictionary<string, object?> ContextData => execution.ContextData;
    public IServiceProvider? Services => execution.Services;
    public CancellationToken CancellationToken => execution.CancellationToken;

    public FieldPlan Field => _field;

    public TLoader GetDataLoader<TLoader>(string key, Func<TLoader> create) where TLoader : class =>
        execution.DataLoaders.GetOrCreate(key, create);

    // Sibling fields reuse one context for the same parent and container, so each reference is written only when it
    // changes: a reference store into the heap costs a GC write barrier, a comparison does not.
    public void Set(FieldPlan field, object? parent, IResultContainer container, int index)
    {
        _field = field;
        if (!ReferenceEquals(Parent, parent))
        {
            Parent = parent;
        }

        if (!ReferenceEquals(_container, container))
        {
            _container = container;
        }

        _index = index;
        if (!ReferenceEquals(Arguments, Utilities.ArgumentValues.None))
        {
            Arguments = Utilities.ArgumentValues.None;
        }
    }
}
