using System.Collections;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Scalars;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>
/// Coerces an input value given as plain .NET values (as read from JSON: variables) to an input type, following the
/// specification's input coercion rules: a single value where a list is expected becomes a one-item list, absent
/// input object fields take their defaults, and a <c>@oneOf</c> input object takes exactly one non-null field.
/// </summary>
public sealed class CoerceInputValue
{
    /// <summary>
    /// How deeply lists and input objects may nest. A value from a JSON body cannot pass 64 levels, but a host may
    /// pass any .NET value; coercion recurses once per level, so deeper values are refused before the stack runs out.
    /// </summary>
    public const int MaxDepth = 256;

    private readonly InputErrorHandler? _onError;
    private readonly InputPath _path = new();

    private CoerceInputValue(InputErrorHandler? onError) => _onError = onError;

    /// <summary>
    /// False when the value is not valid for the type. With <paramref name="onError"/>, every problem is reported
    /// (with its path inside the value); without, coercion stops at the first.
    /// </summary>
    public static bool TryCoerce(object? value, IGraphQLType type, out object? coerced, InputErrorHandler? onError = null) =>
        new CoerceInputValue(onError).Coerce(value, type, out coerced);

    private bool Coerce(object? value, IGraphQLType type, out object? coerced)
    {
        coerced = null;
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                return Fail($"Expected value of non-null type \"{type}\" not to be null.");
            }

            return Coerce(value, nonNull.OfType, out coerced);
        }

        if (_path.Depth > MaxDepth)
        {
            return Fail($"Expected value of type \"{type}\" to nest no more than {MaxDepth} levels.");
        }

        return value is null || type switch
        {
            ListType list => CoerceList(value, list, out coerced),
            InputObjectType inputObject => CoerceInputObject(value, inputObject, out coerced),
            EnumType enumType => CoerceLeaf(value, enumType, out coerced),
            ScalarType scalar => CoerceLeaf(value, scalar, out coerced),
            _ => Fail($"Expected an input type, found \"{type}\"."),
        };
    }

    private bool CoerceList(object value, ListType type, out object? coerced)
    {
        if (!IsList(value))
        {
            var ok = Coerce(value, type.OfType, out var item);
            coerced = ok ? new List<object?>(1) { item } : null;
            return ok;
        }

        var items = new List<object?>(value is ICollection collection ? collection.Count : 4);
        var valid = true;
        var index = 0;
        foreach (var itemValue in (IEnumerable)value)
        {
            _path.Push(index++);
            valid &= Coerce(itemValue, type.OfType, out var item);
            _path.Pop();
            if (!valid && _onError is null)
            {
                break;
            }

            items.Add(item);
        }

        coerced = valid ? items : null;
        return valid;
    }

    private bool CoerceInputObject(object value, InputObjectType type, out object? coerced)
    {
        coerced = null;
        if (value is not IReadOnlyDictionary<string, object?> fields)
        {
            return Fail($"Expected value of type \"{type.Name}\" to be an object, found: {Inspect.Format(value)}.");
        }

        var result = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        var valid = true;
        foreach (var field in type.Fields)
        {
            valid &= CoerceField(fields, field, type, result);
            if (!valid && _onError is null)
            {
                return false;
            }
        }

        foreach (var name in fields.Keys)
        {
            if (!type.Fields.TryGet(name, out _))
            {
                valid = Fail(UnknownFieldMessage(type, name, Inspect.Format(value)));
            }
        }

        if (type.IsOneOf)
        {
            valid &= CheckOneOf(fields, type);
        }

        coerced = valid ? result : null;
        return valid;
    }

    private bool CoerceField(IReadOnlyDictionary<string, object?> fields, InputValue field, InputObjectType type, Dictionary<string, object?> result)
    {
        if (!fields.TryGetValue(field.Name, out var fieldValue))
        {
            if (DefaultValues.TryGet(field, out var defaultValue))
            {
                result[field.Name] = defaultValue;
                return true;
            }

            return field.Type is not NonNullType
                || Fail($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Inspect.Format(fields)}.");
        }

        _path.Push(field.Name);
        var valid = Coerce(fieldValue, field.Type, out var coerced);
        _path.Pop();
        result[field.Name] = coerced;
        return valid;
    }

    // Only the type's own fields count: an unknown one is reported apart, and does not make the one field given.
    private bool CheckOneOf(IReadOnlyDictionary<string, object?> fields, InputObjectType type)
    {
        string? given = null;
        var count = 0;
        foreach (var name in fields.Keys)
        {
            if (type.Fields.TryGet(name, out _))
            {
                given = name;
                count++;
            }
        }

        if (count != 1)
        {
            return Fail(OneOfMessage(type));
        }

        if (fields[given!] is not null)
        {
            return true;
        }

        _path.Push(given!);
        Fail(OneOfMessage(type));
        _path.Pop();
        return false;
    }

    private bool CoerceLeaf(object value, NamedType type, out object? coerced)
    {
        coerced = null;
        try
        {
            coerced = type is EnumType enumType ? EnumCoercion.ParseValue(enumType, value) : ((ScalarType)type).ParseValue(value);
            return true;
        }
        catch (GraphQLException e)
        {
            return Fail(e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Fail($"Expected value of type \"{type.Name}\", but encountered error \"{e.Message}\"; found: {Inspect.Format(value)}.");
        }
    }

    private bool Fail(string message)
    {
        _onError?.Invoke(message, _path.Snapshot(), null);
        return false;
    }

    /// <summary>The unknown field message, with the suggestion graphql-js gives before the value it found.</summary>
    internal static string UnknownFieldMessage(InputObjectType type, string name, string found)
    {
        var suggestion = Suggestions.DidYouMean(Suggestions.Find(name, type.Fields.Select(f => f.Name)));
        return $"Expected value of type \"{type.Name}\" not to include unknown field \"{name}\"" +
            (suggestion.Length > 0 ? $".{suggestion} Found: {found}." : $", found: {found}.");
    }

    internal static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";

    /// <summary>Lists as input values: any enumerable but strings and objects.</summary>
    internal static bool IsList(object value) =>
        value is IEnumerable and not string and not IReadOnlyDictionary<string, object?> and not IDictionary;
}
