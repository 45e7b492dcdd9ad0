using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Field Uniqueness: an input object value gives each field once.
/// graphql-js: <c>UniqueInputFieldNamesRule</c>, for SDL too.
/// </summary>
public sealed class InputObjectFieldUniqueness(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.ObjectField;

    public override void EnterObjectField(ObjectFieldNode node, ObjectValueNode parent)
    {
        // Each repetition is reported with the first field of the name.
        var name = node.Name.Value;
        foreach (var field in parent.Fields)
        {
            if (ReferenceEquals(field, node))
            {
                return;
            }

            if (field.Name.Value == name)
            {
                Context.ReportError($"There can be only one input field named \"{name}\".", field.Name, node.Name);
                return;
            }
        }
    }
}
