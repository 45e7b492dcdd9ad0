using System.Text.Json;
using GraphQlFollows.GraphQL.AspNetCore.Operations;
using GraphQlFollows.GraphQL.Execution;

namespace GraphQlFollows.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// A message from the client: its <c>type</c>, <c>id</c> and <c>payload</c>, checked for shape but not for meaning.
/// The payload stays JSON text, a slice of the message read, so it is valid only until the next message is read.
/// </summary>
internal sealed class ClientMessage
{
    public required string Type { get; init; }
    public string? Id { get; init; }

    /// <summary>The payload's JSON text; empty when the message has none.</summary>
    public ReadOnlyMemory<byte> Payload { get; init; }

    public bool HasObjectPayload => !Payload.IsEmpty && Payload.Span[0] == (byte)'{';

    public bool HasObjectPayloadOrNone => Payload.IsEmpty || HasObjectPayload || Payload.Span.SequenceEqual("null"u8);

    /// <summary>The payload when it is an object, copied out of the message.</summary>
    public JsonElement? PayloadObject()
    {
        if (!HasObjectPayload)
        {
            return null;
        }
        var reader = new Utf8JsonReader(Payload.Span, GraphQLRequestReader.ReaderOptions);
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>The request a <c>subscribe</c> payload carries; null when it is not one.</summary>
    public RequestParameters? ReadRequest(HttpContext upgrade)
    {
        if (!HasObjectPayload)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(Payload.Span, GraphQLRequestReader.ReaderOptions);
            reader.Read();
            return GraphQLRequestReader.FromJson(ref reader, upgrade);
        }
        catch (GraphQLRequestException)
        {
            return null;
        }
    }

    /// <summary>Reads a message; null when it is not a JSON object with a string <c>type</c>.</summary>
    public static ClientMessage? Parse(ReadOnlyMemory<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json.Span, GraphQLRequestReader.ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string? type = null;
            string? id = null;
            var payload = ReadOnlyMemory<byte>.Empty;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("type"u8))
                {
                    type = ReadStringOrSkip(ref reader);
                }
                else if (reader.ValueTextEquals("id"u8))
                {
                    id = ReadStringOrSkip(ref reader);
                }
                else if (reader.ValueTextEquals("payload"u8))
                {
                    reader.Read();
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    payload = json[start..(int)reader.BytesConsumed];
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            GraphQLRequestReader.ReadToEnd(ref reader);
            return type is null ? null : new ClientMessage { Type = type, Id = id, Payload = payload };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A string member's value; any other value is skipped and read as no value.</summary>
    private static string? ReadStringOrSkip(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        reader.Skip();
        return null;
    }
}
