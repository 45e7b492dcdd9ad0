using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>
/// Coerces a literal of a document (with the operation's coerced variable values) to an input type.
/// A variable that was given no value counts as absent: inside lists it becomes null, inside input objects the field
/// takes its default, and at the top it yields no value at all (callers decide, as argument coercion does).
/// </summary>
public sealed class ValueFromAst
{
    private readonly IReadOnlyDictionary<string, object?>? _variables;
    private readonly InputErrorHandler? _onError;
    private readonly InputPath _path = new();

    private ValueFromAst(IReadOnlyDictionary<string, object?>? variables, InputErrorHandler? onError)
    {
        _variables = variables;
        _onError = onError;
    }

    /// <summary>
    /// False when the literal is not valid for the type, or when it is a variable given no value.
    /// <paramref name="variables"/> null means none are known, as for default values in a schema.
    /// </summary>
    public static bool TryConvert(
        ValueNode node,
        IGraphQLType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value,
        InputErrorHandler? onError = null) =>
        new ValueFromAst(variables, onError).Convert(node, type, out value);

    private bool Convert(ValueNode node, IGraphQLType type, out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            return ConvertVariable(variable, type, out value);
        }

        if (type is NonNullType nonNull)
        {
            return node is NullValueNode
                ? Fail($"Expected value of non-null type \"{type}\" not to be null.", node)
                : Convert(node, nonNull.OfType, out value);
        }

        return node is NullValueNode || type switch
        {
            ListType list => ConvertList(node, list, out value),
            InputObjectType inputObject => ConvertInputObject(node, inputObject, out value),
            NamedType leaf => ConvertLeaf(node, leaf, out value),
            _ => Fail($"Expected an input type, found \"{type}\".", node),
        };
    }

    private bool ConvertVariable(VariableNode variable, IGraphQLType type, out object? value)
    {
        var name = variable.Name.Value;
        value = null;
        if (_variables is null || !_variables.TryGetValue(name, out value))
        {
            return type is NonNullType
                ? Fail($"Expected variable \"${name}\" provided to type \"{type}\" to provide a runtime value.", variable)
                : false;
        }

        return value is not null || type is not NonNullType
            || Fail($"Expected variable \"${name}\" provided to non-null type \"{type}\" not to be null.", variable);
    }

    private bool ConvertList(ValueNode node, ListType type, out object? value)
    {
        value = null;
        if (node is not ListValueNode list)
        {
            var ok = Convert(node, type.OfType, out var single);
            value = ok ? new List<object?>(1) { single } : null;
            return ok;
        }

        var items = new List<object?>(list.Values.Count);
        var valid = true;
        for (var i = 0; i < list.Values.Count; i++)
        {
            var itemNode = list.Values[i];
            _path.Push(i);
            var ok = IsAbsentVariable(itemNode) && type.OfType is not NonNullType
                ? NullItem(out var item)
                : Convert(itemNode, type.OfType, out item);
            _path.Pop();
            valid &= ok;
            if (!valid && _onError is null)
            {
                return false;
            }

            items.Add(item);
        }

        value = valid ? items : null;
        return valid;
    }

    private static bool NullItem(out object? item)
    {
        item = null;
        return true;
    }

    private bool ConvertInputObject(ValueNode node, InputObjectType type, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode obj)
        {
            return Fail($"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(node)}.", node);
        }

        var valid = true;
        foreach (var fieldNode in obj.Fields)
        {
            if (!type.Fields.TryGet(fieldNode.Name.Value, out _))
            {
                valid = Fail(CoerceInputValue.UnknownFieldMessage(type, fieldNode.Name.Value, Printer.Print(node)), fieldNode);
            }
        }

        var result = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!valid && _onError is null)
            {
                return false;
            }

            valid &= ConvertField(obj, field, type, result);
        }

        if (valid && type.IsOneOf)
        {
            valid = CheckOneOf(obj, type, result);
        }

        value = valid ? result : null;
        return valid;
    }

    private bool ConvertField(ObjectValueNode obj, InputValue field, InputObjectType type, Dictionary<string, object?> result)
    {
        var fieldNode = Find(obj, field.Name);
        if (fieldNode is null || (IsAbsentVariable(fieldNode.Value) && field.Type is not NonNullType))
        {
            if (type.IsOneOf && fieldNode?.Value is VariableNode missing)
            {
                return Fail($"Expected variable \"${missing.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type.Name}\" to provide a runtime value.", obj);
            }

            if (DefaultValues.TryGet(field, out var defaultValue))
            {
                result[field.Name] = defaultValue;
                return true;
            }

            return field.Type is not NonNullType
                || Fail($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(obj)}.", obj);
        }

        _path.Push(field.Name);
        var ok = Convert(fieldNode.Value, field.Type, out var value);
        _path.Pop();
        result[field.Name] = value;
        return ok;
    }

    private bool CheckOneOf(ObjectValueNode obj, InputObjectType type, Dictionary<string, object?> result)
    {
        if (obj.Fields.Count != 1 || result.Count != 1)
        {
            return Fail(CoerceInputValue.OneOfMessage(type), obj);
        }

        var fieldNode = obj.Fields[0];
        if (result[fieldNode.Name.Value] is not null)
        {
            return true;
        }

        if (fieldNode.Value is VariableNode variable)
        {
            return Fail($"Expected variable \"${variable.Name.Value}\" provided to field \"{fieldNode.Name.Value}\" for OneOf Input Object type \"{type.Name}\" not to be null.", obj);
        }

        _path.Push(fieldNode.Name.Value);
        Fail(CoerceInputValue.OneOfMessage(type), obj);
        _path.Pop();
        return false;
    }

    private bool ConvertLeaf(ValueNode node, NamedType type, out object? value)
    {
        value = null;
        try
        {
            value = type switch
            {
                EnumType enumType => EnumCoercion.ParseLiteral(enumType, node),
                ScalarType scalar => scalar.ParseLiteral(node, _variables),
                _ => throw new GraphQLException($"Expected an input type, found \"{type.Name}\"."),
            };
            return true;
        }
        catch (GraphQLException e)
        {
            return Fail(e.Message, node);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Fail($"Expected value of type \"{type.Name}\", found: {Printer.Print(node)}.", node);
        }
    }

    private bool IsAbsentVariable(ValueNode node) =>
        node is VariableNode variable && (_variables is null || !_variables.ContainsKey(variable.Name.Value));

    private static ObjectFieldNode? Find(ObjectValueNode obj, string name)
    {
        foreach (var field in obj.Fields)
        {
            if (field.Name.Value == name)
            {
                return field;
            }
        }

        return null;
    }

    private bool Fail(string message, Node node)
    {
        _onError?.Invoke(message, _path.Snapshot(), node);
        return false;
    }
}
