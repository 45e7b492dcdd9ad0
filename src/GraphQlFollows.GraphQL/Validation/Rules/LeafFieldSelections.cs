using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Leaf Field Selections: scalar and enum fields have no selection set, the others must have one.
/// graphql-js: <c>ScalarLeafsRule</c>.
/// </summary>
public sealed class LeafFieldSelections(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Field;

    public override void EnterField(FieldNode node)
    {
        if (Context.TypeInfo.Type is not { } type)
        {
            return;
        }

        var name = node.Name.Value;
        if (type.GetNamedType().IsLeafType())
        {
            if (node.SelectionSet is { } selectionSet)
            {
                Context.ReportError(
                    $"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.",
                    selectionSet);
            }
        }
        else if (node.SelectionSet is null)
        {
            Context.ReportError(
                $"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?",
                node);
        }
    }
}
