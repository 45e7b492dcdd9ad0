namespace GraphQlFollows.GraphQL.AspNetCore.Operations;

/// <summary>
/// A request whose parameters are not a GraphQL request's; each transport answers it its own way (HTTP with 400,
/// <c>graphql-transport-ws</c> by closing with 4400).
/// </summary>
internal sealed class GraphQLRequestException(string message) : Exception(message);
