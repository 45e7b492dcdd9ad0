using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Scalars;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>
/// The three coercions of an enum type: a result value to its name, a variable's string to the value, a literal to
/// the value. Each throws <see cref="GraphQLException"/> when the value is not one of the enum's.
/// </summary>
public static class EnumCoercion
{
    // Serializing looks values up by their runtime value; the map is built once per enum type.
    private static readonly ConditionalWeakTableCache<EnumType, NameMap> NamesByValue = new(BuildNames);

    /// <summary>The enum's names by internal value, for serializing many results without a lookup of the table.</summary>
    public static IReadOnlyDictionary<object, string> NamesOf(EnumType type) => NamesByValue.Get(type);

    public static string Serialize(EnumType type, object value) => Serialize(type, NamesByValue.Get(type), value);

    public static string Serialize(EnumType type, IReadOnlyDictionary<object, string> names, object value)
    {
        if (names is NameMap { Entries: { } entries })
        {
            foreach (var entry in entries)
            {
                if (ReferenceEquals(entry.Key, value))
                {
                    return entry.Value;
                }
            }
        }

        if (names.TryGetValue(value, out var name))
        {
            return name;
        }

        throw new GraphQLException($"Enum \"{type.Name}\" cannot represent value: {Inspect.Format(value)}");
    }

    public static object? ParseValue(EnumType type, object? value)
    {
        if (value is not string name)
        {
            var text = Inspect.Format(value);
            throw new GraphQLException($"Enum \"{type.Name}\" cannot represent non-string value: {text}.{DidYouMean(type, text)}");
        }

        return type.Values[name] is { } enumValue
            ? enumValue.Value
            : throw new GraphQLException($"Value \"{name}\" does not exist in \"{type.Name}\" enum.{DidYouMean(type, name)}");
    }

    public static object? ParseLiteral(EnumType type, ValueNode literal)
    {
        if (literal is not EnumValueNode enumLiteral)
        {
            var text = Printer.Print(literal);
            throw new GraphQLException($"Enum \"{type.Name}\" cannot represent non-enum value: {text}.{DidYouMean(type, text)}");
        }

        return type.Values[enumLiteral.Value] is { } enumValue
            ? enumValue.Value
            : throw new GraphQLException($"Value \"{enumLiteral.Value}\" does not exist in \"{type.Name}\" enum.{DidYouMean(type, enumLiteral.Value)}");
    }

    private static string DidYouMean(EnumType type, string unknown) =>
        Suggestions.DidYouMean(Suggestions.Find(unknown, type.Values.Select(v => v.Name)), "the enum value");

    private static NameMap BuildNames(EnumType type)
    {
        var names = new NameMap(type.Values.Count);
        foreach (var value in type.Values)
        {
            names.TryAdd(value.Value ?? value.Name, value.Name);
        }

        if (names.Count <= NameMap.MaxScanned)
        {
            names.Entries = [.. names];
        }

        return names;
    }

    /// <summary>
    /// Names by value, and for a small enum its entries in an array too: resolvers mostly answer with the very object
    /// an enum value holds (by default its name), which a scan by reference finds sooner than hashing would. A value
    /// that is equal but not the same object is still found by the dictionary.
    /// </summary>
    private sealed class NameMap(int capacity) : Dictionary<object, string>(capacity)
    {
        public const int MaxScanned = 16;

        public KeyValuePair<object, string>[]? Entries { get; set; }
    }
}
