using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation;

/// <summary>The kinds of node a rule wants to hear about; the walker calls a rule only for these.</summary>
[Flags]
public enum RuleHooks
{
    None = 0,
    Document = 1 << 0,
    Operation = 1 << 1,
    VariableDefinition = 1 << 2,
    FragmentDefinition = 1 << 3,
    SelectionSet = 1 << 4,
    Field = 1 << 5,
    FragmentSpread = 1 << 6,
    InlineFragment = 1 << 7,
    Directive = 1 << 8,
    Argument = 1 << 9,
    NamedType = 1 << 10,
    ObjectField = 1 << 11,
    TypeSystemDefinition = 1 << 12,
}

/// <summary>
/// One validation rule. A fresh instance serves one validation: all rules share a single walk of the document,
/// during which <see cref="ValidationContext.TypeInfo"/> describes the current place. Enter hooks run after the
/// type information has entered the node, leave hooks before it leaves.
/// </summary>
public abstract class ValidationRule(ValidationContext context)
{
    protected ValidationContext Context { get; } = context;

    /// <summary>The hooks this rule overrides; the others are never called.</summary>
    public abstract RuleHooks Hooks { get; }

    public virtual void EnterDocument(DocumentNode node)
    {
    }

    /// <summary>Called once every definition has been walked: variable usages of all of them are known by then.</summary>
    public virtual void LeaveDocument(DocumentNode node)
    {
    }

    public virtual void EnterOperation(OperationDefinitionNode node)
    {
    }

    public virtual void LeaveOperation(OperationDefinitionNode node)
    {
    }

    public virtual void EnterVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    /// <param name="parent">The field, fragment or operation that owns the selection set.</param>
    public virtual void EnterSelectionSet(SelectionSetNode node, Node parent)
    {
    }

    public virtual void EnterField(FieldNode node)
    {
    }

    public virtual void LeaveField(FieldNode node)
    {
    }

    public virtual void EnterFragmentSpread(FragmentSpreadNode node)
    {
    }

    public virtual void EnterInlineFragment(InlineFragmentNode node)
    {
    }

    /// <summary>Called before the directives applied at one place, when there are any.</summary>
    public virtual void EnterDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
    }

    public virtual void EnterDirective(DirectiveNode node, DirectiveLocation location)
    {
    }

    public virtual void LeaveDirective(DirectiveNode node)
    {
    }

    public virtual void EnterArgument(ArgumentNode node)
    {
    }

    public virtual void EnterNamedType(NamedTypeNode node)
    {
    }

    /// <param name="parent">The input object value the field belongs to.</param>
    public virtual void EnterObjectField(ObjectFieldNode node, ObjectValueNode parent)
    {
    }

    /// <summary>A type system definition or extension, before its directives and type references.</summary>
    public virtual void EnterTypeSystemDefinition(TypeSystemDefinitionNode node)
    {
    }
}
