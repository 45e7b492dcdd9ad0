using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Argument Uniqueness: a field or directive is given each argument once.
/// graphql-js: <c>UniqueArgumentNamesRule</c>, for SDL too.
/// </summary>
public sealed class ArgumentUniqueness(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Field | RuleHooks.Directive;

    public override void EnterField(FieldNode node) => Check(node.Arguments);

    public override void EnterDirective(DirectiveNode node, DirectiveLocation location) => Check(node.Arguments);

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2 || DuplicateNames.Find(arguments, a => a.Name.Value) is not { } duplicates)
        {
            return;
        }

        foreach (var sameName in duplicates)
        {
            Context.ReportError(
                $"There can be only one argument named \"{sameName[0].Name.Value}\".",
                sameName.Select(a => a.Name));
        }
    }
}
