using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Field Arguments and Directives (sections 3.6.1, 3.13): an argument is defined once per field or directive.
/// graphql-js: <c>UniqueArgumentDefinitionNamesRule</c>.
/// </summary>
public sealed class ArgumentDefinitionUniqueness(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.TypeSystemDefinition;

    public override void EnterTypeSystemDefinition(TypeSystemDefinitionNode node)
    {
        switch (node)
        {
            case DirectiveDefinitionNode directive:
                Check($"@{directive.Name.Value}", directive.Arguments);
                break;
            case FieldsTypeDefinitionNode type:
                foreach (var field in type.Fields)
                {
                    Check($"{type.Name.Value}.{field.Name.Value}", field.Arguments);
                }

                break;
        }
    }

    private void Check(string parent, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count < 2 || DuplicateNames.Find(arguments, a => a.Name.Value) is not { } duplicates)
        {
            return;
        }

        foreach (var sameName in duplicates)
        {
            Context.ReportError($"Argument \"{parent}({sameName[0].Name.Value}:)\" can only be defined once.", sameName.Select(a => a.Name));
        }
    }
}
