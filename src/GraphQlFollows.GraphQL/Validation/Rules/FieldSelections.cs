using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation.Rules;

/// <summary>
/// Field Selections: every selected field is defined on the type in scope.
/// graphql-js: <c>FieldsOnCorrectTypeRule</c>.
/// </summary>
public sealed class FieldSelections(ValidationContext context) : ValidationRule(context)
{
    public override RuleHooks Hooks => RuleHooks.Field;

    public override void EnterField(FieldNode node)
    {
        if (Context.TypeInfo.ParentType is not { } parentType || Context.TypeInfo.FieldDefinition is not null)
        {
            return;
        }

        var name = node.Name.Value;
        var hint = Suggestions.DidYouMean(SuggestTypes(parentType, name), "to use an inline fragment on");
        if (hint.Length == 0 && parentType is FieldsType fieldsType)
        {
            hint = Suggestions.DidYouMean(Suggestions.Find(name, fieldsType.Fields.Select(f => f.Name)));
        }

        Context.ReportError($"Cannot query field \"{name}\" on type \"{parentType.Name}\"." + hint, node);
    }

    /// <summary>
    /// For an abstract type, the types that do define the field: first those through which most possible types
    /// have it (an interface counts once for each), then interfaces before the types implementing them, then by name.
    /// </summary>
    private List<string> SuggestTypes(NamedType parentType, string fieldName)
    {
        if (!parentType.IsAbstractType())
        {
            return [];
        }

        var usageCount = new Dictionary<FieldsType, int>();
        foreach (var possibleType in Context.Schema.GetPossibleTypes(parentType))
        {
            if (possibleType.Fields[fieldName] is null)
            {
                continue;
            }

            usageCount[possibleType] = 1;
            foreach (var implemented in possibleType.Interfaces)
            {
                if (implemented.Fields[fieldName] is not null)
                {
                    usageCount[implemented] = usageCount.GetValueOrDefault(implemented) + 1;
                }
            }
        }

        var types = usageCount.Keys.ToList();
        Suggestions.SortLikeReference(types, (a, b) =>
        {
            var byUsage = usageCount[b] - usageCount[a];
            if (byUsage != 0)
            {
                return byUsage;
            }

            if (a is InterfaceType && Context.Schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && Context.Schema.IsSubType(b, a))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return types.ConvertAll(t => t.Name);
    }
}
