namespace GraphQlFollows.GraphQL;

/// <summary>
/// A document that does not follow the grammar, or that exceeds a parser limit.
/// The message starts with <c>Syntax Error: </c> and the location points into the source.
/// </summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    public GraphQLSyntaxException(string description, SourceLocation location, int position)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Location = location;
        Position = position;
    }

    /// <summary>The message without its <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>The 1-based line and column (in UTF-16 code units, as graphql-js counts them) of the error.</summary>
    public SourceLocation Location { get; }

    /// <summary>The offset of the error in the source, in UTF-16 code units.</summary>
    public int Position { get; }

    /// <summary>The error as a response carries it.</summary>
    public GraphQLError ToGraphQLError() => new(Message, [Location]);
}
