using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>
/// The specification's CoerceVariableValues: the operation's variables, given as plain .NET values, coerced to their
/// declared types, with defaults for those not given. A variable that is absent and has no default stays absent.
/// </summary>
public static class CoerceVariableValues
{
    /// <summary>Past this many, coercion stops: a huge invalid input must not produce a huge response.</summary>
    public const int MaxErrors = 50;

    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    /// <summary>The coerced values, or null with the errors (each located at its variable's definition).</summary>
    public static IReadOnlyDictionary<string, object?>? Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        out IReadOnlyList<GraphQLError> errors)
    {
        errors = [];
        if (operation.VariableDefinitions.Count == 0)
        {
            return None;
        }

        var found = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        try
        {
            foreach (var definition in operation.VariableDefinitions)
            {
                CoerceVariable(schema, definition, inputs, coerced, found);
            }
        }
        catch (TooManyErrorsException)
        {
            found.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
        }

        errors = found;
        return found.Count == 0 ? coerced : null;
    }

    private static void CoerceVariable(
        Schema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?>? inputs,
        Dictionary<string, object?> coerced,
        List<GraphQLError> errors)
    {
        var name = definition.Variable.Name.Value;
        var locations = ErrorLocations.Of(definition);
        var type = TypeFromAst.Convert(schema, definition.Type);
        if (type is null || !type.IsInputType())
        {
            Report(errors, new GraphQLError(
                $"Variable \"${name}\" expected value of type \"{Printed(definition.Type)}\" which cannot be used as an input type.",
                locations));
            return;
        }

        if (inputs is null || !inputs.TryGetValue(name, out var value))
        {
            CoerceAbsent(definition, name, type, locations, coerced, errors);
            return;
        }

        if (CoerceInputValue.TryCoerce(value, type, out var result, OnError(name, "value", locations, errors)))
        {
            coerced[name] = result;
        }
    }

    private static void CoerceAbsent(
        VariableDefinitionNode definition,
        string name,
        IGraphQLType type,
        IReadOnlyList<SourceLocation>? locations,
        Dictionary<string, object?> coerced,
        List<GraphQLError> errors)
    {
        if (definition.DefaultValue is { } defaultValue)
        {
            if (ValueFromAst.TryConvert(defaultValue, type, null, out var result, OnError(name, "default value", locations, errors)))
            {
                coerced[name] = result;
            }

            return;
        }

        if (type is NonNullType)
        {
            Report(errors, new GraphQLError(
                $"Variable \"${name}\" has invalid value: Expected a value of non-null type \"{type}\" to be provided.",
                locations));
        }
    }

    private static InputErrorHandler OnError(string name, string what, IReadOnlyList<SourceLocation>? locations, List<GraphQLError> errors) =>
        (message, path, _) => Report(errors, new GraphQLError($"Variable \"${name}\" has invalid {what}{InputPath.Print(path)}: {message}", locations));

    private static void Report(List<GraphQLError> errors, GraphQLError error)
    {
        if (errors.Count >= MaxErrors)
        {
            throw new TooManyErrorsException();
        }

        errors.Add(error);
    }

    private static string Printed(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => $"[{Printed(list.Type)}]",
        NonNullTypeNode nonNull => $"{Printed(nonNull.Type)}!",
        _ => type.Kind.ToString(),
    };

    private sealed class TooManyErrorsException : Exception;
}
