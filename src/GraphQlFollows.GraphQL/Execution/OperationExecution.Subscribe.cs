using GraphQlFollows.GraphQL.Types.Scalars;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    /// <summary>
    /// The specification's CreateSourceEventStream: the root field's subscriber, given its coerced arguments, makes the
    /// stream. Without a subscriber, the root value's entry of the field's name is the stream, as graphql-js reads it.
    /// </summary>
    public async ValueTask<(IAsyncEnumerable<object?>? Stream, GraphQLError? Error)> CreateSourceEventStreamAsync(FieldPlan field)
    {
        var root = new ResultMap(1, null, 0, false) { new(field.ResponseKey, null) };
        var context = RentContext(field, RootValue, root, 0);
        try
        {
            if (field.Definition.Arguments.Count > 0)
            {
                context.Arguments = field.GetArguments(Variables);
            }

            var stream = field.Definition.Subscriber is { } subscriber
                ? await subscriber(context).ConfigureAwait(false)
                : await Schema.DefaultFieldResolver(context).ConfigureAwait(false);
            return stream is IAsyncEnumerable<object?> events
                ? (events, null)
                : (null, ToGraphQLError(new GraphQLException($"Subscription field must return Async Iterable. Received: {Inspect.Format(stream)}."), field, root.PathOf(0)));
        }
        catch (Exception e) when (IsFieldError(e))
        {
            return (null, ToGraphQLError(e, field, root.PathOf(0)));
        }
    }
}
