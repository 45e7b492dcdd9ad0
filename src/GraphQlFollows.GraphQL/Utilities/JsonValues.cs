using System.Text.Json;
using GraphQlFollows.GraphQL.Language;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>
/// Reads JSON into the engine's runtime value model: objects as <see cref="Dictionary{TKey,TValue}"/> of string keys
/// (a repeated key keeps its last value, as JavaScript does), arrays as <see cref="List{T}"/>, integral numbers that
/// fit as <see cref="long"/>, other numbers as <see cref="double"/>, strings, booleans and null.
/// </summary>
public static class JsonValues
{
    /// <summary>Reads the value at the reader's current token (or the next one, when none has been read yet).</summary>
    public static object? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.None && !reader.Read())
        {
            throw new JsonException("Expected a JSON value.");
        }

        return reader.TokenType switch
        {
            JsonTokenType.StartObject => ReadObject(ref reader),
            JsonTokenType.StartArray => ReadArray(ref reader),
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => reader.TryGetInt64(out var l) ? l : (object)reader.GetDouble(),
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Null => null,
            _ => throw new JsonException($"Unexpected JSON token {reader.TokenType}."),
        };
    }

    /// <summary>Parses a complete JSON text.</summary>
    public static object? Parse(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        var value = Read(ref reader);
        if (reader.Read())
        {
            throw new JsonException("Unexpected data after the JSON value.");
        }

        return value;
    }

    public static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => FromObject(element),
        JsonValueKind.Array => element.EnumerateArray().Select(FromElement).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : (object)element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static Dictionary<string, object?> ReadObject(ref Utf8JsonReader reader)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = ReadPropertyName(ref reader);
            reader.Read();
            result[name] = Read(ref reader);
        }

        return result;
    }

    // Plain ASCII names go through the parser's name table, so that a key spelled like a schema field is the very
    // string the schema holds: the default resolver's dictionary lookup then matches it by reference.
    private static string ReadPropertyName(ref Utf8JsonReader reader) =>
        !reader.HasValueSequence && !reader.ValueIsEscaped && System.Text.Ascii.IsValid(reader.ValueSpan)
            ? NameTable.Get(reader.ValueSpan)
            : reader.GetString()!;

    private static List<object?> ReadArray(ref Utf8JsonReader reader)
    {
        var result = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            result.Add(Read(ref reader));
        }

        return result;
    }

    private static Dictionary<string, object?> FromObject(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = FromElement(property.Value);
        }

        return result;
    }
}
