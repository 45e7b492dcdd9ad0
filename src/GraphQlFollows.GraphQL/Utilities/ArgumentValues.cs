using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>
/// The specification's CoerceArgumentValues for a field or directive: each defined argument takes the value written
/// in the document, or its default when none is written or when the variable it names was given no value.
/// An argument with neither is absent from the result (which differs from an explicit null).
/// </summary>
public static class ArgumentValues
{
    public static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    /// <summary>
    /// The coerced arguments. <paramref name="coordinate"/> names the owner in messages (<c>Query.user</c>,
    /// <c>@include</c>). Throws <see cref="GraphQLException"/> for a missing required or an invalid argument.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Get(
        NamedCollection<InputValue> definitions,
        IReadOnlyList<ArgumentNode> nodes,
        IReadOnlyDictionary<string, object?>? variables,
        string coordinate)
    {
        if (definitions.Count == 0)
        {
            return None;
        }

        var result = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            CoerceArgument(definition, Find(nodes, definition.Name), variables, coordinate, result);
        }

        return result;
    }

    /// <summary>True when any argument's value is, or contains, a variable: such arguments are coerced per request.</summary>
    public static bool UseVariables(IReadOnlyList<ArgumentNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (ContainsVariable(node.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static void CoerceArgument(
        InputValue definition,
        ArgumentNode? node,
        IReadOnlyDictionary<string, object?>? variables,
        string coordinate,
        Dictionary<string, object?> result)
    {
        var required = definition.Type is NonNullType && definition.DefaultValue is null;
        if (node is null || (!required && node.Value is VariableNode variable && variables?.ContainsKey(variable.Name.Value) != true))
        {
            if (node is null && required)
            {
                throw new GraphQLException($"Argument \"{coordinate}({definition.Name}:)\" of required type \"{definition.Type}\" was not provided.");
            }

            if (DefaultValues.TryGet(definition, out var defaultValue))
            {
                result[definition.Name] = defaultValue;
            }

            return;
        }

        if (!ValueFromAst.TryConvert(node.Value, definition.Type, variables, out var value))
        {
            throw InvalidValue(definition, node.Value, variables, coordinate);
        }

        result[definition.Name] = value;
    }

    // Coercion runs again, reporting, only once it has failed: the common valid case builds no messages.
    private static GraphQLException InvalidValue(
        InputValue definition,
        ValueNode value,
        IReadOnlyDictionary<string, object?>? variables,
        string coordinate)
    {
        InputValueException? error = null;
        ValueFromAst.TryConvert(value, definition.Type, variables, out _, (message, path, node) => error ??= new InputValueException(
            $"Argument \"{coordinate}({definition.Name}:)\" has invalid value{InputPath.Print(path)}: {message}",
            node ?? value));
        return error ?? new InputValueException($"Argument \"{coordinate}({definition.Name}:)\" has invalid value.", value);
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> nodes, string name)
    {
        foreach (var node in nodes)
        {
            if (node.Name.Value == name)
            {
                return node;
            }
        }

        return null;
    }

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };
}
