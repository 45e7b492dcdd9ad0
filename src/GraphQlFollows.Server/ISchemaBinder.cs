using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.Server;

/// <summary>
/// Binds code to the served schema (resolvers, subscribers, scalars) before it is built. Register implementations
/// as services; each is applied once, at start-up.
/// </summary>
public interface ISchemaBinder
{
    void Bind(SchemaBuilder builder);
}
