using System.Runtime.CompilerServices;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Language;

/// <summary>
/// Walks a document depth first, in source order, calling an enter hook before a node's children and a leave hook
/// after them. Subclasses override only the hooks they need. Descriptions are not visited.
/// Type system definitions are walked too: the SDL rules check them, and an executable document that wrongly holds
/// some can still be checked everywhere.
/// </summary>
public abstract partial class AstVisitor
{
    /// <exception cref="InsufficientExecutionStackException">The document nests too deeply to be walked.</exception>
    public void Visit(DocumentNode document)
    {
        EnterDocument(document);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case ExecutableDefinitionNode executable:
                    Visit(executable);
                    break;
                case TypeSystemDefinitionNode typeSystem:
                    VisitTypeSystemDefinition(typeSystem);
                    break;
            }
        }

        LeaveDocument(document);
    }

    /// <summary>Walks a single operation or fragment.</summary>
    /// <exception cref="InsufficientExecutionStackException">The definition nests too deeply to be walked.</exception>
    public void Visit(ExecutableDefinitionNode definition)
    {
        switch (definition)
        {
            case OperationDefinitionNode operation:
                VisitOperation(operation);
                break;
            case FragmentDefinitionNode fragment:
                VisitFragmentDefinition(fragment);
                break;
        }
    }

    protected virtual void EnterDocument(DocumentNode node)
    {
    }

    protected virtual void LeaveDocument(DocumentNode node)
    {
    }

    protected virtual void EnterOperation(OperationDefinitionNode node)
    {
    }

    protected virtual void LeaveOperation(OperationDefinitionNode node)
    {
    }

    protected virtual void EnterVariableDefinition(VariableDefinitionNode node)
    {
    }

    protected virtual void LeaveVariableDefinition(VariableDefinitionNode node)
    {
    }

    protected virtual void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    protected virtual void LeaveFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    /// <param name="parent">The field, fragment or operation that owns the selection set.</param>
    protected virtual void EnterSelectionSet(SelectionSetNode node, Node parent)
    {
    }

    protected virtual void LeaveSelectionSet(SelectionSetNode node)
    {
    }

    protected virtual void EnterField(FieldNode node)
    {
    }

    protected virtual void LeaveField(FieldNode node)
    {
    }

    protected virtual void EnterFragmentSpread(FragmentSpreadNode node)
    {
    }

    protected virtual void EnterInlineFragment(InlineFragmentNode node)
    {
    }

    protected virtual void LeaveInlineFragment(InlineFragmentNode node)
    {
    }

    /// <summary>Called before the directives applied at one place, when there are any.</summary>
    protected virtual void EnterDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
    }

    /// <param name="location">Where the directive is applied.</param>
    protected virtual void EnterDirective(DirectiveNode node, DirectiveLocation location)
    {
    }

    protected virtual void LeaveDirective(DirectiveNode node)
    {
    }

    protected virtual void EnterArgument(ArgumentNode node)
    {
    }

    protected virtual void LeaveArgument(ArgumentNode node)
    {
    }

    protected virtual void EnterNamedType(NamedTypeNode node)
    {
    }

    protected virtual void EnterVariable(VariableNode node)
    {
    }

    protected virtual void EnterListValue(ListValueNode node)
    {
    }

    protected virtual void LeaveListValue(ListValueNode node)
    {
    }

    /// <param name="parent">The input object value the field belongs to.</param>
    protected virtual void EnterObjectField(ObjectFieldNode node, ObjectValueNode parent)
    {
    }

    protected virtual void LeaveObjectField(ObjectFieldNode node)
    {
    }

    private void VisitOperation(OperationDefinitionNode node)
    {
        EnterOperation(node);
        foreach (var variable in node.VariableDefinitions)
        {
            VisitVariableDefinition(variable);
        }

        VisitDirectives(node.Directives, OperationLocation(node.Operation));
        VisitSelectionSet(node.SelectionSet, node);
        LeaveOperation(node);
    }

    private static DirectiveLocation OperationLocation(OperationType operation) => operation switch
    {
        OperationType.Query => DirectiveLocation.QUERY,
        OperationType.Mutation => DirectiveLocation.MUTATION,
        _ => DirectiveLocation.SUBSCRIPTION,
    };

    private void VisitVariableDefinition(VariableDefinitionNode node)
    {
        EnterVariableDefinition(node);
        VisitType(node.Type);
        if (node.DefaultValue is { } defaultValue)
        {
            VisitValue(defaultValue);
        }

        VisitDirectives(node.Directives, DirectiveLocation.VARIABLE_DEFINITION);
        LeaveVariableDefinition(node);
    }

    private void VisitFragmentDefinition(FragmentDefinitionNode node)
    {
        EnterFragmentDefinition(node);
        EnterNamedType(node.TypeCondition);
        VisitDirectives(node.Directives, DirectiveLocation.FRAGMENT_DEFINITION);
        VisitSelectionSet(node.SelectionSet, node);
        LeaveFragmentDefinition(node);
    }

    private void VisitSelectionSet(SelectionSetNode node, Node parent)
    {
        // Nesting is bounded by the stack rather than by a fixed depth: deep enough documents fail cleanly.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        EnterSelectionSet(node, parent);
        foreach (var selection in node.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    VisitField(field);
                    break;
                case FragmentSpreadNode spread:
                    EnterFragmentSpread(spread);
                    VisitDirectives(spread.Directives, DirectiveLocation.FRAGMENT_SPREAD);
                    break;
                case InlineFragmentNode inline:
                    VisitInlineFragment(inline);
                    break;
            }
        }

        LeaveSelectionSet(node);
    }

    private void VisitField(FieldNode node)
    {
        EnterField(node);
        VisitArguments(node.Arguments);
        VisitDirectives(node.Directives, DirectiveLocation.FIELD);
        if (node.SelectionSet is { } selectionSet)
        {
            VisitSelectionSet(selectionSet, node);
        }

        LeaveField(node);
    }

    private void VisitInlineFragment(InlineFragmentNode node)
    {
        EnterInlineFragment(node);
        if (node.TypeCondition is { } typeCondition)
        {
            EnterNamedType(typeCondition);
        }

        VisitDirectives(node.Directives, DirectiveLocation.INLINE_FRAGMENT);
        VisitSelectionSet(node.SelectionSet, node);
        LeaveInlineFragment(node);
    }

    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        if (directives.Count == 0)
        {
            return;
        }

        EnterDirectives(directives, location);
        foreach (var directive in directives)
        {
            EnterDirective(directive, location);
            VisitArguments(directive.Arguments);
            LeaveDirective(directive);
        }
    }

    private void VisitArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            EnterArgument(argument);
            VisitValue(argument.Value);
            LeaveArgument(argument);
        }
    }

    private void VisitType(TypeNode node)
    {
        switch (node)
        {
            case NamedTypeNode named:
                EnterNamedType(named);
                break;
            case ListTypeNode list:
                VisitType(list.Type);
                break;
            case NonNullTypeNode nonNull:
                VisitType(nonNull.Type);
                break;
        }
    }

    private void VisitValue(ValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                EnterVariable(variable);
                break;
            case ListValueNode list:
                RuntimeHelpers.EnsureSufficientExecutionStack();
                EnterListValue(list);
                foreach (var item in list.Values)
                {
                    VisitValue(item);
                }

                LeaveListValue(list);
                break;
            case ObjectValueNode obj:
                RuntimeHelpers.EnsureSufficientExecutionStack();
                foreach (var field in obj.Fields)
                {
                    EnterObjectField(field, obj);
                    VisitValue(field.Value);
                    LeaveObjectField(field);
                }

                break;
        }
    }
}
