using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Validation;

/// <summary>
/// The single walk of a validation: keeps the type information up to date and calls every rule that asked for the
/// node's kind. Without rules, it serves to collect the variables used in one definition.
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
    private readonly ValidationRule[] _objectField;
    private readonly ValidationRule[] _typeSystemDefinition;

    /// <summary>Where the variables used are collected, in walks that collect them.</summary>
    private readonly List<VariableUsage>? _variableUsages;

    private bool _inVariableDefinition;

    public ValidationWalker(ValidationContext context, IReadOnlyList<ValidationRule> rules)
        : this(context, context.TypeInfo, rules, null)
    {
    }

    private ValidationWalker(ValidationContext context, TypeInfo typeInfo, IReadOnlyList<ValidationRule> rules, List<VariableUsage>? variableUsages)
    {
        _context = context;
        _typeInfo = typeInfo;
        _variableUsages = variableUsages;
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
        _objectField = Select(rules, RuleHooks.ObjectField);
        _typeSystemDefinition = Select(rules, RuleHooks.TypeSystemDefinition);
    }

    /// <summary>The variables used in an operation or fragment, each with the type its position expects.</summary>
    public static List<VariableUsage> CollectVariableUsages(ValidationContext context, ExecutableDefinitionNode definition)
    {
        var usages = new List<VariableUsage>();
        new ValidationWalker(context, new TypeInfo(context.Schema), [], usages).Visit(definition);
        return usages;
    }

    private static ValidationRule[] Select(IReadOnlyList<ValidationRule> rules, RuleHooks hook)
    {
        var count = 0;
        foreach (var rule in rules)
        {
            count += (rule.Hooks & hook) != 0 ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
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
        if (_variableUsages is not null && !_inVariableDefinition)
        {
            _variableUsages.Add(new VariableUsage(node, _typeInfo.InputType, _typeInfo.ParentInputType, _typeInfo.DefaultValue));
        }
    }

    protected override void EnterListValue(ListValueNode node) => _typeInfo.EnterListValue();

    protected override void LeaveListValue(ListValueNode node) => _typeInfo.LeaveInputPosition();

    protected override void EnterObjectField(ObjectFieldNode node, ObjectValueNode parent)
    {
        _typeInfo.EnterObjectField(node);
        foreach (var rule in _objectField)
        {
            rule.EnterObjectField(node, parent);
        }
    }

    protected override void LeaveObjectField(ObjectFieldNode node) => _typeInfo.LeaveInputPosition();

    protected override void EnterTypeSystemDefinition(TypeSystemDefinitionNode node)
    {
        _context.TypeSystemDefinition = node;
        foreach (var rule in _typeSystemDefinition)
        {
            rule.EnterTypeSystemDefinition(node);
        }
    }

    protected override void LeaveTypeSystemDefinition(TypeSystemDefinitionNode node) => _context.TypeSystemDefinition = null;
}
