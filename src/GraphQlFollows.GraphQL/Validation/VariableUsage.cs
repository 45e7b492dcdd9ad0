using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Validation;

/// <summary>
/// A variable used as a value, with what its position expects: the input type (null when unknown), the type of
/// the list or input object directly holding it, and the default of the argument or input field it is given for.
/// </summary>
public readonly record struct VariableUsage(
    VariableNode Node,
    IGraphQLType? Type,
    IGraphQLType? ParentInputType,
    ValueNode? LocationDefaultValue);
