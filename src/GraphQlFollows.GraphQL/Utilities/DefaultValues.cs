using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>The coerced default values of arguments and input fields, computed once per definition.</summary>
public static class DefaultValues
{
    private static readonly ConditionalWeakTableCache<InputValue, Coerced> Cache = new(Coerce);

    /// <summary>False when the definition has no default; otherwise its default coerced to the definition's type.</summary>
    public static bool TryGet(InputValue definition, out object? value)
    {
        if (definition.DefaultValue is null)
        {
            value = null;
            return false;
        }

        var coerced = Cache.Get(definition);
        if (coerced.Error is not null)
        {
            throw new GraphQLException(coerced.Error);
        }

        value = coerced.Value;
        return true;
    }

    private static Coerced Coerce(InputValue definition)
    {
        string? error = null;
        var ok = ValueFromAst.TryConvert(
            definition.DefaultValue!,
            definition.Type,
            null,
            out var value,
            (message, path, _) => error ??= $"\"{definition.Name}\" has invalid default value{InputPath.Print(path)}: {message}");
        return ok ? new Coerced(value, null) : new Coerced(null, error ?? $"\"{definition.Name}\" has an invalid default value.");
    }

    private sealed record Coerced(object? Value, string? Error);
}
