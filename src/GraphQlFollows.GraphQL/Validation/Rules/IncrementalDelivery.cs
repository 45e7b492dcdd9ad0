using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>What the rules about <c>@defer</c> and <c>@stream</c> share.</summary>
internal static class IncrementalDelivery
{
    /// <summary>The <c>if</c> argument is a variable or the literal false: the directive may be turned off.</summary>
    public static bool CanBeDisabled(DirectiveNode directive) =>
        DirectiveNodes.Argument(directive, "if") is VariableNode or BooleanValueNode { Value: false };
}
