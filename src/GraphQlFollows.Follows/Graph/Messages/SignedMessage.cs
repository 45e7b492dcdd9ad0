using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace GraphQlFollows.Follows.Graph.Messages;

/// <summary>The fields a signed JSON message must carry besides <c>op</c>, <c>address</c> and <c>ts</c>.</summary>
[Flags]
internal enum MessageFields
{
    None = 0,
    Handle = 1,
    Handles = 2,
    SigningKey = 4,
    Target = 8,
}

/// <summary>
/// A signed JSON message such as <c>{"op":"follow","address":"0x…","handle":"alice","ts":1700000000000}</c>.
/// The text must be one JSON object of at most <see cref="MaxBytes"/> UTF-8 bytes. <c>ts</c> is a JSON integer
/// or a string of decimal digits (milliseconds since the epoch). The fields named by the operation must be
/// present with the right types, each at most once; other fields are ignored (they stay covered by the
/// signature, which is over the text). A lone surrogate anywhere, raw or escaped (<c>"\udc6a"</c>), makes the text no
/// message: it has no UTF-8 form, so it could not be signed as it reads.
/// </summary>
internal sealed class SignedMessage
{
    /// <summary>The largest message accepted, in UTF-8 bytes (4 KiB).</summary>
    public const int MaxBytes = 4096;

    private const int MaxTsDigits = 18; // keeps every accepted ts inside a long

    private SignedMessage(in Fields fields, long ts)
    {
        Address = fields.Address!;
        Ts = ts;
        Handle = fields.Handle;
        Handles = fields.Handles;
        SigningKey = fields.SigningKey;
        Target = fields.Target;
    }

    /// <summary>The <c>address</c> field as written; the caller compares it with the acting address.</summary>
    public string Address { get; }

    public long Ts { get; }
    public string? Handle { get; }
    public IReadOnlyList<string>? Handles { get; }
    public string? SigningKey { get; }

    /// <summary>The <c>target</c> field (the blocked address) as written; the caller compares it with the request's.</summary>
    public string? Target { get; }

    /// <summary>Reads <paramref name="text"/> as a message of operation <paramref name="op"/>; false when it is not one.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? text, string op, MessageFields required, [NotNullWhen(true)] out SignedMessage? message)
    {
        message = null;
        if (text is null)
        {
            return false;
        }
        // Every character takes at least one byte, so a longer text is refused without encoding it.
        var byteCount = text.Length > MaxBytes ? MaxBytes + 1 : Encoding.UTF8.GetByteCount(text);
        if (byteCount > MaxBytes)
        {
            return false;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            // Strictly: a raw lone surrogate would otherwise become U+FFFD here and parse as another text than the one signed.
            if (Utf8.FromUtf16(text, buffer, out _, out var length, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                return false;
            }
            var fields = new Fields();
            if (!TryRead(buffer.AsSpan(0, length), ref fields) || fields.Op != op)
            {
                return false;
            }
            if (fields.Address is null || fields.Ts is not { } ts
                || !Has(required, MessageFields.Handle, fields.Handle)
                || !Has(required, MessageFields.Handles, fields.Handles)
                || !Has(required, MessageFields.SigningKey, fields.SigningKey)
                || !Has(required, MessageFields.Target, fields.Target))
            {
                return false;
            }
            message = new SignedMessage(fields, ts);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool Has(MessageFields required, MessageFields field, object? value) =>
        (required & field) == 0 || value is not null;

    private struct Fields
    {
        public string? Op;
        public string? Address;
        public string? Handle;
        public List<string>? Handles;
        public string? SigningKey;
        public string? Target;
        public long? Ts;
    }

    private static bool TryRead(ReadOnlySpan<byte> json, ref Fields fields)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 4 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!TryReadProperty(ref reader, ref fields))
            {
                return false;
            }
        }
        // The object must be closed and be the whole text.
        return reader.TokenType == JsonTokenType.EndObject && !reader.Read();
    }

    private static bool TryReadProperty(ref Utf8JsonReader reader, ref Fields fields)
    {
        // Comparing a name whose escapes break a surrogate pair throws: such a name is refused first.
        if (!IsText(ref reader))
        {
            return false;
        }
        if (reader.ValueTextEquals("op"u8))
        {
            return reader.Read() && fields.Op is null && TryReadString(ref reader, out fields.Op);
        }
        if (reader.ValueTextEquals("address"u8))
        {
            return reader.Read() && fields.Address is null && TryReadString(ref reader, out fields.Address);
        }
        if (reader.ValueTextEquals("handle"u8))
        {
            return reader.Read() && fields.Handle is null && TryReadString(ref reader, out fields.Handle);
        }
        if (reader.ValueTextEquals("signingKey"u8))
        {
            return reader.Read() && fields.SigningKey is null && TryReadString(ref reader, out fields.SigningKey);
        }
        if (reader.ValueTextEquals("target"u8))
        {
            return reader.Read() && fields.Target is null && TryReadString(ref reader, out fields.Target);
        }
        if (reader.ValueTextEquals("handles"u8))
        {
            return reader.Read() && fields.Handles is null && TryReadStrings(ref reader, out fields.Handles);
        }
        if (reader.ValueTextEquals("ts"u8))
        {
            return reader.Read() && fields.Ts is null && TryReadTs(ref reader, out fields.Ts);
        }
        return reader.Read() && TrySkip(ref reader);
    }

    /// <summary>Passes over an ignored value, which must hold no escaped lone surrogate either.</summary>
    private static bool TrySkip(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        while (IsText(ref reader))
        {
            // A scalar, or the end of the object or array the value is.
            if (reader.CurrentDepth == depth && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return true;
            }
            if (!reader.Read())
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>False for a string or property name whose escapes leave a lone surrogate; true for any other token.</summary>
    private static bool IsText(ref Utf8JsonReader reader) =>
        reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) || !reader.ValueIsEscaped
        || TryGetString(ref reader, out _);

    private static bool TryReadString(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        return reader.TokenType == JsonTokenType.String && TryGetString(ref reader, out value);
    }

    private static bool TryGetString(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? value)
    {
        try
        {
            value = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            // The reader has no other way to tell that an escape names half a surrogate pair.
            value = null;
            return false;
        }
    }

    private static bool TryReadStrings(ref Utf8JsonReader reader, out List<string>? values)
    {
        values = null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }
        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!TryReadString(ref reader, out var value))
            {
                return false;
            }
            list.Add(value!);
        }
        values = list;
        return true;
    }

    private static bool TryReadTs(ref Utf8JsonReader reader, out long? ts)
    {
        ts = null;
        ReadOnlySpan<byte> digits = reader.HasValueSequence ? default : reader.ValueSpan;
        var isNumberOrString = reader.TokenType is JsonTokenType.Number or JsonTokenType.String;
        // A JSON string holding only digits needs no unescaping, so its raw bytes are the digits themselves.
        if (!isNumberOrString || digits.IsEmpty || digits.Length > MaxTsDigits)
        {
            return false;
        }
        long value = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
            value = value * 10 + (digit - '0');
        }
        ts = value;
        return true;
    }
}
