using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Variables Are Input Types: a variable's type is a scalar, enum or input object (possibly wrapped).
/// graphql-js: <c>VariablesAreInputTypesRule</c>.
/// </summary>
public sealed class VariablesAreInputTypes(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.VariableDefinition;

    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        // Unknown types are another rule's concern.
        if (TypeFromAst.Convert(Context.Schema, node.Type) is { } type && !type.IsInputType())
        {
            Context.ReportError(
                $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{type}\".",
                node.Type);
        }
    }
}
