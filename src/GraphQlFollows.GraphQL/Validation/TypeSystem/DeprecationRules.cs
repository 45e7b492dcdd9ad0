using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Building;

namespace GraphQlFollows.GraphQL.Validation.TypeSystem;

/// <summary>Required arguments and input fields cannot be deprecated: a client could not stop sending them.</summary>
internal static class DeprecationRules
{
    public static void ValidateArgument(string coordinate, InputValue argument, SchemaErrors errors)
    {
        if (argument.IsRequired() && argument.DeprecationReason is not null)
        {
            errors.Add($"Required argument {coordinate} cannot be deprecated.", DeprecatedDirective(argument.AstNode), argument.AstNode?.Type);
        }
    }

    public static void ValidateInputField(string coordinate, InputValue field, SchemaErrors errors)
    {
        if (field.IsRequired() && field.DeprecationReason is not null)
        {
            errors.Add($"Required input field {coordinate} cannot be deprecated.", DeprecatedDirective(field.AstNode), field.AstNode?.Type);
        }
    }

    public static DirectiveNode? DeprecatedDirective(IReadOnlyList<DirectiveNode>? directives) =>
        directives?.FirstOrDefault(d => d.Name.Value == BuiltInDirectives.Deprecated.Name);

    private static DirectiveNode? DeprecatedDirective(InputValueDefinitionNode? node) => DeprecatedDirective(node?.Directives);
}
