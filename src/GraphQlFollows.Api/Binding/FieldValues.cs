using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.Api.Binding;

/// <summary>Short forms for resolvers that compute a field.</summary>
internal static class FieldValues
{
    /// <summary>The parent itself: for object types whose value is a domain value such as an address.</summary>
    public static readonly FieldResolver Parent = context => new ValueTask<object?>(context.Parent);

    /// <summary>A task's outcome as a field's value.</summary>
    public static async ValueTask<object?> Resolved<T>(Task<T> task) => await task;
}
