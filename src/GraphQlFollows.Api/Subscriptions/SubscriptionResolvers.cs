using GraphQlFollows.Api.Binding;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.GraphQL;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.Api.Subscriptions;

/// <summary><c>Subscription.followEvents</c>: a stream from <see cref="FollowEvents"/>, each event the root of a response.</summary>
internal sealed class SubscriptionResolvers(FollowEvents events)
{
    public void Bind(SchemaBuilder builder, DocumentNode schema) =>
        builder
            .BindSubscriber("Subscription", "followEvents", Subscribe)
            .BindResolver("Subscription", "followEvents", context => context.Parent is SubscriptionEnded ended
                ? throw new GraphQLException(ended.Reason)
                : new ValueTask<object?>(context.Parent))
            .BindProperties<FollowEvent>(schema, "FollowEvent")
            .BindEnum<FollowEventKind>("FollowEventKind");

    // The filter is @oneOf: the engine has checked that exactly one of its fields is given.
    private ValueTask<IAsyncEnumerable<object?>> Subscribe(IResolverContext context)
    {
        var filter = (IReadOnlyDictionary<string, object?>)context.Arguments["filter"]!;
        var followEventFilter = new FollowEventFilter(filter.GetValueOrDefault("handle") as string, filter.GetValueOrDefault("address") as EvmAddress?);
        return new ValueTask<IAsyncEnumerable<object?>>(events.Subscribe(followEventFilter, context.CancellationToken));
    }
}
