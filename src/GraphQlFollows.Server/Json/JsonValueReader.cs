using System.Text.Json;

namespace GraphQlFollows.Server.Json;

/// <summary>
/// Reads JSON into the engine's runtime values: objects as dictionaries, arrays as lists, integral numbers as
/// long, other numbers as double. Nesting is bounded by the reader's <see cref="JsonReaderOptions.MaxDepth"/>.
/// </summary>
internal static class JsonValueReader
{
    /// <summary>Reads the value at the reader's current token, leaving the reader on the value's last token.</summary>
    public static object? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(ref reader),
        JsonTokenType.StartArray => ReadArray(ref reader),
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetInt64(out var integer) ? integer : reader.GetDouble(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => null,
    };

    /// <summary>Reads the object that starts at the reader's current token.</summary>
    public static Dictionary<string, object?> ReadObject(ref Utf8JsonReader reader)
    {
        var map = new Dictionary<string, object?>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            map[name] = ReadValue(ref reader);
        }

        return map;
    }

    private static List<object?> ReadArray(ref Utf8JsonReader reader)
    {
        var list = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(ReadValue(ref reader));
        }

        return list;
    }
}
