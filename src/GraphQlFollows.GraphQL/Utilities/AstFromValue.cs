using System.Collections;
using System.Globalization;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Scalars;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>
/// Writes an internal input value (as argument coercion produces it) back as a literal of the given type,
/// as introspection needs for default values that were given as values rather than literals.
/// </summary>
public static class AstFromValue
{
    /// <summary>The literal; null when the value cannot be written for the type (a null for a non-null type).</summary>
    public static ValueNode? Convert(object? value, IGraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            return value is null ? null : Convert(value, nonNull.OfType);
        }

        if (value is null)
        {
            return NullValueNode.Instance;
        }

        return type switch
        {
            ListType list => ConvertList(value, list),
            InputObjectType inputObject => ConvertInputObject(value, inputObject),
            EnumType enumType => new EnumValueNode(EnumCoercion.Serialize(enumType, value)),
            ScalarType scalar => ConvertScalar(scalar.Serialize(value), scalar),
            _ => null,
        };
    }

    private static ValueNode? ConvertList(object value, ListType type)
    {
        if (!CoerceInputValue.IsList(value))
        {
            return Convert(value, type.OfType);
        }

        var items = new List<ValueNode>();
        foreach (var item in (IEnumerable)value)
        {
            if (Convert(item, type.OfType) is { } node)
            {
                items.Add(node);
            }
        }

        return new ListValueNode(items);
    }

    private static ValueNode? ConvertInputObject(object value, InputObjectType type)
    {
        if (value is not IReadOnlyDictionary<string, object?> fields)
        {
            return null;
        }

        var nodes = new List<ObjectFieldNode>();
        foreach (var field in type.Fields)
        {
            if (fields.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } node)
            {
                nodes.Add(new ObjectFieldNode(new NameNode(field.Name), node));
            }
        }

        return new ObjectValueNode(nodes);
    }

    private static ValueNode? ConvertScalar(object? serialized, ScalarType type) => serialized switch
    {
        null => NullValueNode.Instance,
        bool b => b ? BooleanValueNode.True : BooleanValueNode.False,
        int or long or short or byte or sbyte or uint or ushort or ulong =>
            new IntValueNode(((IFormattable)serialized).ToString(null, CultureInfo.InvariantCulture)),
        double or float or decimal => ConvertNumber(System.Convert.ToDouble(serialized, CultureInfo.InvariantCulture)),
        string s when type.Name == "ID" && IsIntegerText(s) => new IntValueNode(s),
        string s => new StringValueNode(s),
        _ => null,
    };

    private static ValueNode? ConvertNumber(double number)
    {
        if (!double.IsFinite(number))
        {
            return null;
        }

        var text = JsNumber.ToString(number);
        return Math.Floor(number) == number && !text.Contains('e') ? new IntValueNode(text) : new FloatValueNode(text);
    }

    // An ID that reads as an integer is written as an integer literal, as the reference implementation does.
    private static bool IsIntegerText(string s)
    {
        var digits = s.StartsWith('-') ? s.AsSpan(1) : s.AsSpan();
        if (digits.IsEmpty || (digits.Length > 1 && digits[0] == '0'))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
