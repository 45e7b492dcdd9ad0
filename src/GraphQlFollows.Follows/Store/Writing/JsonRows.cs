using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphQlFollows.Follows.Store.Writing;

/// <summary>
/// Writes a batch's rows as one JSON array of arrays (or of scalars), the single parameter of a statement. The
/// buffer is kept between statements: one writer thread uses it.
/// </summary>
internal sealed class JsonRows
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _json;

    public JsonRows() => _json = new Utf8JsonWriter(_buffer, Options);

    /// <summary>Each item as an inner array written by <paramref name="writeRow"/>.</summary>
    public string Rows<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> writeRow)
    {
        Start();
        foreach (var item in items)
        {
            _json.WriteStartArray();
            writeRow(_json, item);
            _json.WriteEndArray();
        }
        return End();
    }

    public string Strings(IEnumerable<string> items)
    {
        Start();
        foreach (var item in items)
        {
            _json.WriteStringValue(item);
        }
        return End();
    }

    public string Numbers(IEnumerable<long> items)
    {
        Start();
        foreach (var item in items)
        {
            _json.WriteNumberValue(item);
        }
        return End();
    }

    private void Start()
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartArray();
    }

    private string End()
    {
        _json.WriteEndArray();
        _json.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }
}

/// <summary>Nullable values in a JSON row.</summary>
internal static class JsonRowValues
{
    public static void WriteNullable(this Utf8JsonWriter json, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }

    public static void WriteNullable(this Utf8JsonWriter json, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumberValue(number);
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
