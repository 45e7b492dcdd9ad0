using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Argument Names: every argument given to a field or directive is one it defines.
/// graphql-js: <c>KnownArgumentNamesRule</c>, and <c>KnownArgumentNamesOnDirectivesRule</c> for SDL.
/// </summary>
public sealed class ArgumentNames(ValidationContext context) : ValidationRule(context)
{
    private bool _inDirective;

    public override RuleHooks Hooks => RuleHooks.Directive | RuleHooks.Argument;

    public override void EnterDirective(DirectiveNode node, DirectiveLocation location)
    {
        _inDirective = true;
        if (Context.GetDirective(node.Name.Value) is not { } directive)
        {
            return;
        }

        foreach (var argument in node.Arguments)
        {
            var name = argument.Name.Value;
            if (directive.Arguments[name] is null)
            {
                var hint = Suggestions.DidYouMean(Suggestions.Find(name, directive.Arguments.Select(a => a.Name)));
                Context.ReportError($"Unknown argument \"{name}\" on directive \"@{directive.Name}\"." + hint, argument);
            }
        }
    }

    public override void LeaveDirective(DirectiveNode node) => _inDirective = false;

    public override void EnterArgument(ArgumentNode node)
    {
        var typeInfo = Context.TypeInfo;
        if (_inDirective || typeInfo.Argument is not null || typeInfo.FieldDefinition is not { } field)
        {
            return;
        }

        var name = node.Name.Value;
        var hint = Suggestions.DidYouMean(Suggestions.Find(name, field.Arguments.Select(a => a.Name)));
        Context.ReportError($"Unknown argument \"{name}\" on field \"{TypeInfo.FieldCoordinate(typeInfo.ParentType, field)}\"." + hint, node);
    }
}
