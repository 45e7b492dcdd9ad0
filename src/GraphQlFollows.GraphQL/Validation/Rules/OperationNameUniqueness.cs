using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Operation Name Uniqueness: no two operations share a name.
/// graphql-js: <c>UniqueOperationNamesRule</c>.
/// </summary>
public sealed class OperationNameUniqueness(ValidationContext context) : ValidationRule(context)
{
    private Dictionary<string, NameNode>? _known;

    public override RuleHooks Hooks => RuleHooks.Operation;

    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (node.Name is not { } name)
        {
            return;
        }

        if (_known is not null && _known.TryGetValue(name.Value, out var first))
        {
            Context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
        }
        else
        {
            (_known ??= new(StringComparer.Ordinal))[name.Value] = name;
        }
    }
}
