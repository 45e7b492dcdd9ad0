using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>Input Object Field Uniqueness: an input object value gives each field once.</summary>
public sealed class InputObjectFieldUniqueness(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.ObjectValue;

    public override void EnterObjectValue(ObjectValueNode node)
    {
        var fields = node.Fields;
        for (var i = 1; i < fields.Count; i++)
        {
            var name = fields[i].Name.Value;
            for (var j = 0; j < i; j++)
            {
                if (fields[j].Name.Value == name)
                {
                    // Each repetition is reported against the first field of the name.
                    Context.ReportError($"There can be only one input field named \"{name}\".", fields[j].Name, fields[i].Name);
                    break;
                }
            }
        }
    }
}
