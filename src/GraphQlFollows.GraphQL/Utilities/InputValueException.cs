using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>An invalid input literal: reported at the literal rather than at the field that holds it.</summary>
public sealed class InputValueException(string message, Node node) : GraphQLException(message)
{
    public Node Node { get; } = node;
}
