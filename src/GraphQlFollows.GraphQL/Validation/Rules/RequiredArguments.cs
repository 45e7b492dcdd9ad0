using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Required Arguments: a field or directive is given every argument of non-null type that has no default.
/// (An explicit null for one is reported by <see cref="ValuesOfCorrectType"/>.)
/// graphql-js: <c>ProvidedRequiredArgumentsRule</c>, and <c>ProvidedRequiredArgumentsOnDirectivesRule</c> for SDL.
/// </summary>
public sealed class RequiredArguments(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Field | RuleHooks.Directive;

    public override void LeaveField(FieldNode node)
    {
        if (Context.TypeInfo.FieldDefinition is not { } field)
        {
            return;
        }

        foreach (var argument in field.Arguments)
        {
            if (IsRequired(argument) && !IsProvided(node.Arguments, argument.Name))
            {
                Context.ReportError(
                    $"Argument \"{TypeInfo.FieldCoordinate(Context.TypeInfo.ParentType, field)}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.",
                    node);
            }
        }
    }

    public override void LeaveDirective(DirectiveNode node)
    {
        if (Context.GetDirective(node.Name.Value) is not { } directive)
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            if (IsRequired(argument) && !IsProvided(node.Arguments, argument.Name))
            {
                Context.ReportError(
                    $"Argument \"@{directive.Name}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.",
                    node);
            }
        }
    }

    private static bool IsRequired(InputValue argument) => argument.Type is NonNullType && argument.DefaultValue is null;

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
