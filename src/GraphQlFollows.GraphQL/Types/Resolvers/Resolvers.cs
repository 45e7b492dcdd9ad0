namespace GraphQlFollows.GraphQL.Types.Resolvers;

/// <summary>
/// Produces a field's value. Return a completed <see cref="ValueTask{TResult}"/> when the value is at hand:
/// the executor then continues without awaiting.
/// </summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>Names the object type of a value of an interface or union type.</summary>
public delegate string? TypeResolver(object value, IResolverContext context);

/// <summary>Makes the source stream of a subscription field; each event is then executed as the field's parent value.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionSubscriber(IResolverContext context);
