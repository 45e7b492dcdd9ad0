using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type (section 5.6.1), with Input Object Field Names (5.6.2) and Input Object Required Fields
/// (5.6.4): every literal given for an argument, or as a variable's default, can be coerced to the type expected
/// there, as <see cref="InputLiteralValidator"/> checks any literal. graphql-js: <c>ValuesOfCorrectTypeRule</c>.
/// </summary>
public sealed class ValuesOfCorrectType : ValidationRule
{
    private readonly InputLiteralValidator _literals;

    public ValuesOfCorrectType(ValidationContext context)
        : base(context) => _literals = new InputLiteralValidator((message, _, node) => Context.ReportError(message, node!));

    public override RuleHooks Hooks => RuleHooks.Argument | RuleHooks.VariableDefinition;

    public override void EnterArgument(ArgumentNode node)
    {
        if (Context.TypeInfo.InputType is { } type)
        {
            _literals.Validate(node.Value, type);
        }
    }

    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (node.DefaultValue is { } value && Context.TypeInfo.InputType is { } type)
        {
            _literals.Validate(value, type);
        }
    }
}
