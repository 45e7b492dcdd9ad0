using System.Collections;

namespace GraphQlFollows.GraphQL.Types.Resolvers;

/// <summary>Resolvers used where a schema binds none.</summary>
public static class DefaultResolvers
{
    /// <summary>
    /// Reads the entry named like the field from a dictionary parent, as graphql-js reads a property;
    /// null for any other parent. Host code binds real resolvers; this serves data shaped as JSON.
    /// </summary>
    public static readonly FieldResolver Property = context =>
    {
        var name = context.FieldDefinition.Name;
        var value = context.Parent switch
        {
            // The concrete type first: JSON data is read into it, and a direct call spares the interface dispatch.
            Dictionary<string, object?> map => map.GetValueOrDefault(name),
            IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(name),
            IDictionary map => map.Contains(name) ? map[name] : null,
            _ => null,
        };
        return new ValueTask<object?>(value);
    };
}
