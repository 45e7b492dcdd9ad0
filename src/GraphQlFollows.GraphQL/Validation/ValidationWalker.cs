using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation;

/// <summary>
/// The single walk of a validation: keeps the type information up to date, records variable usages and calls
/// every rule that asked for the node's kind.
/// </summary>
internal sealed class ValidationWalker : AstVisitor
{
    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly ValidationRule[] _document;
    private readonly ValidationRule[] _operation;
    private readonly ValidationRule[] _variableDefinition;
    private readonly ValidationRule[] _fragmentDefinition;
    private readonly ValidationRule[] _selectionSet;
    private readonly ValidationRule[] _field;
    private readonly ValidationRule[] _fragmentSpread;
    private readonly ValidationRule[] _inlineFragment;
    private readonly ValidationRule[] _directive;
    private readonly ValidationRule[] _argument;
    private readonly ValidationRule[] _namedType;
    private readonly ValidationRule[] _objectValue;

    /// <summary>The operation or fragment being walked, which owns the variable usages found.</summary>
    private ExecutableDefinitionNode? _definition;

    private bool _inVariableDefinition;

    public ValidationWalker(ValidationContext context, IReadOnlyList<ValidationRule> rules)
    {
        _context = context;
        _typeInfo = context.TypeInfo;
        _document = Select(rules, RuleHooks.Document);
        _operation = Select(rules, RuleHooks.Operation);
        _variableDefinition = Select(rules, RuleHooks.VariableDefinition);
        _fragmentDefinition = Select(rules, RuleHooks.FragmentDefinition);
        _selectionSet = Select(rules, RuleHooks.SelectionSet);
        _field = Select(rules, RuleHooks.Field);
        _fragmentSpread = Select(rules, RuleHooks.FragmentSpread);
        _inlineFragment = Select(rules, RuleHooks.InlineFragment);
        _directive = Select(rules, RuleHooks.Directive);
        _argument = Select(rules, RuleHooks.Argument);
        _namedType = Select(rules, RuleHooks.NamedType);
        _objectValue = Select(rules, RuleHooks.ObjectValue);
    }

    private static ValidationRule[] Select(IReadOnlyList<ValidationRule> rules, RuleHooks hook)
    {
        var count = 0;
        foreach (var rule in rules)
        {
            count += (rule.Hooks & hook) != 0 ? 1 : 0;
        }

        var selected = new ValidationRule[count];
        count = 0;
        foreach (var rule in rules)
        {
            if ((rule.Hooks & hook) != 0)
            {
                selected[count++] = rule;
            }
        }

        return selected;
    }

    protected override void EnterDocument(DocumentNode node)
    {
        foreach (var rule in _document)
        {
            rule.EnterDocument(node);
        }
    }

    protected override void LeaveDocument(DocumentNode node)
    {
        foreach (var rule in _document)
        {
            rule.LeaveDocument(node);
        }
    }

    protected override void EnterOperation(OperationDefinitionNode node)
    {
        _definition = node;
        _typeInfo.EnterOperation(node);
        foreach (var rule in _operation)
        {
            rule.EnterOperation(node);
        }
    }

    protected override void LeaveOperation(OperationDefinitionNode node)
    {
        foreach (var rule in _operation)
        {
            rule.LeaveOperation(node);
        }

        _typeInfo.LeaveOperation();
        _definition = null;
    }

    protected override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        _inVariableDefinition = true;
        _typeInfo.EnterVariableDefinition(node);
        foreach (var rule in _variableDefinition)
        {
            rule.EnterVariableDefinition(node);
        }
    }

    protected override void LeaveVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.LeaveVariableDefinition();
        _inVariableDefinition = false;
    }

    protected override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        _definition = node;
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (var rule in _fragmentDefinition)
        {
            rule.EnterFragmentDefinition(node);
        }
    }

    protected override void LeaveFragmentDefinition(FragmentDefinitionNode node)
    {
        foreach (var rule in _fragmentDefinition)
        {
            rule.LeaveFragmentDefinition(node);
        }

        _typeInfo.LeaveFragment();
        _definition = null;
    }

    protected override void EnterSelectionSet(SelectionSetNode node, Node parent)
    {
        _typeInfo.EnterSelectionSet();
        foreach (var rule in _selectionSet)
        {
            rule.EnterSelectionSet(node, parent);
        }
    }

    protected override void LeaveSelectionSet(SelectionSetNode node) => _typeInfo.LeaveSelectionSet();

    protected override void EnterField(FieldNode node)
    {
        _typeInfo.EnterField(node);
        foreach (var rule in _field)
        {
            rule.EnterField(node);
        }
    }

    protected override void LeaveField(FieldNode node)
    {
        foreach (var rule in _field)
        {
            rule.LeaveField(node);
        }

        _typeInfo.LeaveField();
    }

    protected override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        foreach (var rule in _fragmentSpread)
        {
            rule.EnterFragmentSpread(node);
        }
    }

    protected override void EnterInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (var rule in _inlineFragment)
        {
            rule.EnterInlineFragment(node);
        }
    }

    protected override void LeaveInlineFragment(InlineFragmentNode node) => _typeInfo.LeaveFragment();

    protected override void EnterDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        foreach (var rule in _directive)
        {
            rule.EnterDirectives(directives, location);
        }
    }

    protected override void EnterDirective(DirectiveNode node, DirectiveLocation location)
    {
        _typeInfo.EnterDirective(node);
        foreach (var rule in _directive)
        {
            rule.EnterDirective(node, location);
        }
    }

    protected override void LeaveDirective(DirectiveNode node)
    {
        foreach (var rule in _directive)
        {
            rule.LeaveDirective(node);
        }

        _typeInfo.LeaveDirective();
    }

    protected override void EnterArgument(ArgumentNode node)
    {
        _typeInfo.EnterArgument(node);
        foreach (var rule in _argument)
        {
            rule.EnterArgument(node);
        }
    }

    protected override void LeaveArgument(ArgumentNode node) => _typeInfo.LeaveArgument();

    protected override void EnterNamedType(NamedTypeNode node)
    {
        foreach (var rule in _namedType)
        {
            rule.EnterNamedType(node);
        }
    }

    protected override void EnterVariable(VariableNode node)
    {
        // Variables in definitions' default values are not usages (and cannot occur in valid documents).
        if (_definition is not null && !_inVariableDefinition)
        {
            _context.AddVariableUsage(
                _definition,
                new VariableUsage(node, _typeInfo.InputType, _typeInfo.ParentInputType, _typeInfo.DefaultValue));
        }
    }

    protected override void EnterListValue(ListValueNode node) => _typeInfo.EnterListValue();

    protected override void LeaveListValue(ListValueNode node) => _typeInfo.LeaveInputPosition();

    protected override void EnterObjectValue(ObjectValueNode node)
    {
        foreach (var rule in _objectValue)
        {
            rule.EnterObjectValue(node);
        }
    }

    protected override void EnterObjectField(ObjectFieldNode node) => _typeInfo.EnterObjectField(node);

    protected override void LeaveObjectField(ObjectFieldNode node) => _typeInfo.LeaveInputPosition();

    protected override void EnterTypeSystemDefinition(TypeSystemDefinitionNode node) => _context.TypeSystemDefinition = node;

    protected override void LeaveTypeSystemDefinition(TypeSystemDefinitionNode node) => _context.TypeSystemDefinition = null;
}
