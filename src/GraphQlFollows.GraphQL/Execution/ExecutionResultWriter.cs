using System.Buffers;
using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQlFollows.GraphQL.Types.Scalars;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Execution;

/// <summary>
/// Writes a response as JSON in the order graphql-js gives its entries (<c>errors</c>, <c>data</c>, <c>extensions</c>),
/// with numbers as JavaScript prints them, so that responses compare byte for byte with the reference.
/// </summary>
public static class ExecutionResultWriter
{
    // Relaxed escaping writes quotes as \" and non-ASCII text as is, as JSON.stringify does.
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(ExecutionResult result, IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        Write(result, writer);
    }

    public static byte[] ToUtf8Bytes(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(result, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    public static void Write(ExecutionResult result, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            WriteErrors(errors, writer);
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(result.Data, writer);
        }

        if (result.Extensions is { } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(extensions, writer);
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    public static void WriteErrors(IReadOnlyList<GraphQLError> errors, Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            WriteError(error, writer);
        }

        writer.WriteEndArray();
    }

    public static void WriteError(GraphQLError error, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WriteStartArray("locations");
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            WriteValue(path, writer);
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(extensions, writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a result value: result objects, lists, dictionaries, strings, booleans, numbers and null.</summary>
    public static void WriteValue(object? value, Utf8JsonWriter writer)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                WriteNumber(d, writer);
                break;
            case ResultMap map:
                WriteMap(map, writer);
                break;
            case IList list:
                WriteList(list, writer);
                break;
            default:
                WriteOther(value, writer);
                break;
        }
    }

    private static void WriteMap(ResultMap map, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(value, writer);
        }

        writer.WriteEndObject();
    }

    private static void WriteList(IList list, Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        for (var i = 0; i < list.Count; i++)
        {
            WriteValue(list[i], writer);
        }

        writer.WriteEndArray();
    }

    private static void WriteOther(object value, Utf8JsonWriter writer)
    {
        switch (value)
        {
            case float f:
                WriteNumber(f, writer);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case short or byte or sbyte or ushort or uint or ulong:
                writer.WriteRawValue(((IFormattable)value).ToString(null, System.Globalization.CultureInfo.InvariantCulture), skipInputValidation: true);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IReadOnlyDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, entry) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(entry, writer);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(item, writer);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    /// <summary>
    /// Numbers as JavaScript prints them. .NET writes the same shortest digits, but switches to exponents at other
    /// magnitudes (1E+15 where JavaScript writes 1000000000000000), so only those are formatted apart.
    /// </summary>
    private static void WriteNumber(double d, Utf8JsonWriter writer)
    {
        if (!double.IsFinite(d))
        {
            writer.WriteNullValue();
            return;
        }

        var magnitude = Math.Abs(d);
        if (magnitude == 0)
        {
            writer.WriteNumberValue(0);
            return;
        }

        if (magnitude >= 1e-5 && magnitude < 1e15)
        {
            writer.WriteNumberValue(d);
            return;
        }

        writer.WriteRawValue(JsNumber.ToString(d), skipInputValidation: true);
    }
}
