using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.Resolvers;

/// <summary>What a resolver knows about the field it resolves.</summary>
public interface IResolverContext
{
    Schema Schema { get; }

    /// <summary>The value of the parent object: the root value for root fields.</summary>
    object? Parent { get; }

    ObjectType ParentType { get; }

    FieldDefinition FieldDefinition { get; }

    /// <summary>The field's nodes in the document (several when merged from fragments); the first gives the response key.</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The coerced argument values, by argument name; an argument given no value and with no default is absent.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The coerced variable values of the operation.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    OperationDefinitionNode Operation { get; }

    /// <summary>Response keys (string) and list indices (int) from the root to this field.</summary>
    IReadOnlyList<object> Path { get; }

    /// <summary>Per-request state the host passes in (the authenticated caller, a database context, ...).</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>The request's services, when the host gives any.</summary>
    IServiceProvider? Services { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>The request's DataLoader of the given key, created on first use so that one request shares one batch.</summary>
    TLoader GetDataLoader<TLoader>(string key, Func<TLoader> create) where TLoader : class;
}
