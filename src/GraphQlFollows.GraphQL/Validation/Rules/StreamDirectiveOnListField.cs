using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// For schemas that define <c>@stream</c>: it applies to list fields only. Not a rule of the September 2025 specification.
/// graphql-js: <c>StreamDirectiveOnListFieldRule</c>.
/// </summary>
public sealed class StreamDirectiveOnListField(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Directive;

    public override void EnterDirective(DirectiveNode node, DirectiveLocation location)
    {
        var typeInfo = Context.TypeInfo;
        if (node.Name.Value == "stream" && typeInfo.FieldDefinition is { } field && typeInfo.ParentType is { } parentType
            && field.Type.GetNullableType() is not ListType)
        {
            Context.ReportError(
                $"Directive \"@stream\" cannot be used on non-list field \"{parentType.Name}.{field.Name}\".",
                node);
        }
    }
}
