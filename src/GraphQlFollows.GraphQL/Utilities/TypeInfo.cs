using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>
/// What the schema says about the current place of a walk through an executable document: the output type, the
/// composite type that owns the current selection set, the field, directive and argument definitions, the input
/// type a value must have and the default value of the argument or input field it is given for.
/// A walker calls the enter method of a node before its children and the matching leave method after them.
/// Anything unknown to the schema is null, and stays null below it.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<IGraphQLType?> _types = [];
    private readonly List<NamedType?> _parentTypes = [];
    private readonly List<IGraphQLType?> _inputTypes = [];
    private readonly List<FieldDefinition?> _fieldDefinitions = [];
    private readonly List<ValueNode?> _defaultValues = [];

    public Schema Schema { get; } = schema;

    /// <summary>The output type of the current field, fragment or operation.</summary>
    public IGraphQLType? Type => Top(_types);

    /// <summary>The composite type whose fields the current selection set selects.</summary>
    public NamedType? ParentType => Top(_parentTypes);

    /// <summary>The type expected for the current value.</summary>
    public IGraphQLType? InputType => Top(_inputTypes);

    /// <summary>The type expected for the value that holds the current one (the list or the input object).</summary>
    public IGraphQLType? ParentInputType => _inputTypes.Count > 1 ? _inputTypes[^2] : null;

    public FieldDefinition? FieldDefinition => Top(_fieldDefinitions);

    /// <summary>The default of the current argument or input field, as written in SDL (a <see cref="NullValueNode"/> for <c>= null</c>).</summary>
    public ValueNode? DefaultValue => Top(_defaultValues);

    public DirectiveDefinition? Directive { get; private set; }

    public InputValue? Argument { get; private set; }

    public void EnterOperation(OperationDefinitionNode node) => _types.Add(Schema.GetRootType(node.Operation));

    public void LeaveOperation() => Pop(_types);

    /// <summary>For inline fragments and fragment definitions: the type condition, or else the enclosing type.</summary>
    public void EnterFragment(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is null ? Type?.GetNamedType() : Schema.GetType(typeCondition.Name.Value);
        _types.Add(type is not null && type.IsOutputType() ? type : null);
    }

    public void LeaveFragment() => Pop(_types);

    public void EnterSelectionSet()
    {
        var named = Type?.GetNamedType();
        _parentTypes.Add(named is not null && named.IsCompositeType() ? named : null);
    }

    public void LeaveSelectionSet() => Pop(_parentTypes);

    public void EnterField(FieldNode node)
    {
        var definition = ParentType is { } parent ? GetFieldDefinition(Schema, parent, node.Name.Value) : null;
        _fieldDefinitions.Add(definition);
        _types.Add(definition?.Type);
    }

    public void LeaveField()
    {
        Pop(_fieldDefinitions);
        Pop(_types);
    }

    public void EnterDirective(DirectiveNode node) => Directive = Schema.GetDirective(node.Name.Value);

    public void LeaveDirective() => Directive = null;

    public void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var type = TypeFromAst.Convert(Schema, node.Type);
        _inputTypes.Add(type is not null && type.IsInputType() ? type : null);
    }

    public void LeaveVariableDefinition() => Pop(_inputTypes);

    public void EnterArgument(ArgumentNode node)
    {
        var arguments = Directive?.Arguments ?? FieldDefinition?.Arguments;
        var argument = arguments?[node.Name.Value];
        Argument = argument;
        _defaultValues.Add(argument?.DefaultValue);
        _inputTypes.Add(argument is not null && argument.Type.IsInputType() ? argument.Type : null);
    }

    public void LeaveArgument()
    {
        Argument = null;
        Pop(_defaultValues);
        Pop(_inputTypes);
    }

    public void EnterListValue()
    {
        _defaultValues.Add(null);
        _inputTypes.Add(InputType?.GetNullableType() is ListType list ? list.OfType : null);
    }

    public void EnterObjectField(ObjectFieldNode node)
    {
        var field = InputType?.GetNamedType() is InputObjectType inputObject ? inputObject.Fields[node.Name.Value] : null;
        _defaultValues.Add(field?.DefaultValue);
        _inputTypes.Add(field is not null && field.Type.IsInputType() ? field.Type : null);
    }

    /// <summary>Leaves a list value or an input object field.</summary>
    public void LeaveInputPosition()
    {
        Pop(_defaultValues);
        Pop(_inputTypes);
    }

    /// <summary>
    /// The definition of a field selected on <paramref name="parentType"/>, the introspection meta-fields included:
    /// <c>__typename</c> on every composite type, <c>__schema</c> and <c>__type</c> on the query root type.
    /// </summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName.StartsWith("__", StringComparison.Ordinal))
        {
            switch (fieldName)
            {
                case "__typename" when parentType.IsCompositeType():
                    return Introspection.TypeNameMetaField;
                case "__schema" when ReferenceEquals(parentType, schema.QueryType):
                    return Introspection.SchemaMetaField;
                case "__type" when ReferenceEquals(parentType, schema.QueryType):
                    return Introspection.TypeMetaField;
            }
        }

        return parentType is FieldsType fieldsType ? fieldsType.Fields[fieldName] : null;
    }

    /// <summary>
    /// How messages name a field: <c>Parent.field</c>, or <c>&lt;meta&gt;.field</c> for the introspection
    /// meta-fields, which belong to no type.
    /// </summary>
    public static string FieldCoordinate(NamedType? parentType, FieldDefinition field) =>
        field == Introspection.TypeNameMetaField || field == Introspection.SchemaMetaField || field == Introspection.TypeMetaField
            ? "<meta>." + field.Name
            : parentType?.Name + "." + field.Name;

    private static T? Top<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
