using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// For schemas that define <c>@defer</c> and <c>@stream</c>: their labels are static strings, unique in the
/// document, so that incremental results can be told apart. Not a rule of the September 2025 specification.
/// graphql-js: <c>DeferStreamDirectiveLabelRule</c>.
/// </summary>
public sealed class DeferStreamDirectiveLabel(ValidationContext context) : ValidationRule(context)
{
    private Dictionary<string, DirectiveNode>? _known;

    public override RuleHooks Hooks => RuleHooks.Directive;

    public override void EnterDirective(DirectiveNode node, DirectiveLocation location)
    {
        var name = node.Name.Value;
        if (name is not ("defer" or "stream") || DirectiveNodes.Argument(node, "label") is not { } label
            || label is NullValueNode)
        {
            return;
        }

        if (label is not StringValueNode text)
        {
            Context.ReportError($"Argument \"@{name}(label:)\" must be a static string.", node);
        }
        else if (_known is not null && _known.TryGetValue(text.Value, out var first))
        {
            Context.ReportError(
                "Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages.",
                first,
                node);
        }
        else
        {
            (_known ??= new(StringComparer.Ordinal))[text.Value] = node;
        }
    }
}
