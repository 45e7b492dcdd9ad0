using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>
/// Operations and fragments in an SDL document do not become part of the schema, but the SDL rules still check
/// their directives and type names, as the reference does.
/// </summary>
internal sealed partial class SdlDocument
{
    private void VisitExecutable(ExecutableDefinitionNode definition)
    {
        switch (definition)
        {
            case OperationDefinitionNode operation:
                AddSite(OperationLocation(operation.Operation), operation.Directives);
                foreach (var variable in operation.VariableDefinitions)
                {
                    AddSite(DirectiveLocation.VARIABLE_DEFINITION, variable.Directives);
                    AddTypeReference(variable.Type, ExecutableTypeReferences);
                    if (variable.DefaultValue is not null)
                    {
                        Values.Add(variable.DefaultValue);
                    }
                }

                break;
            case FragmentDefinitionNode fragment:
                AddSite(DirectiveLocation.FRAGMENT_DEFINITION, fragment.Directives);
                ExecutableTypeReferences.Add(fragment.TypeCondition);
                break;
        }

        VisitSelections(definition.SelectionSet);
    }

    private static DirectiveLocation OperationLocation(OperationType operation) => operation switch
    {
        OperationType.Query => DirectiveLocation.QUERY,
        OperationType.Mutation => DirectiveLocation.MUTATION,
        _ => DirectiveLocation.SUBSCRIPTION,
    };

    private void VisitSelections(SelectionSetNode? selectionSet)
    {
        if (selectionSet is null)
        {
            return;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    AddSite(DirectiveLocation.FIELD, field.Directives);
                    FieldArguments.Add(field.Arguments);
                    Values.AddRange(field.Arguments.Select(a => a.Value));
                    VisitSelections(field.SelectionSet);
                    break;
                case FragmentSpreadNode spread:
                    AddSite(DirectiveLocation.FRAGMENT_SPREAD, spread.Directives);
                    break;
                case InlineFragmentNode inline:
                    AddSite(DirectiveLocation.INLINE_FRAGMENT, inline.Directives);
                    if (inline.TypeCondition is not null)
                    {
                        ExecutableTypeReferences.Add(inline.TypeCondition);
                    }

                    VisitSelections(inline.SelectionSet);
                    break;
            }
        }
    }
}
