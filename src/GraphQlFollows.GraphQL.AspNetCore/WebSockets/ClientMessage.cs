using System.Text.Json;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.AspNetCore.WebSockets;

/// <summary>A message from the client: its <c>type</c>, <c>id</c> and <c>payload</c>, checked for shape but not for meaning.</summary>
internal sealed class ClientMessage
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    public required string Type { get; init; }
    public string? Id { get; init; }

    /// <summary>The payload as runtime values: a dictionary when it is an object.</summary>
    public object? Payload { get; init; }

    public bool HasObjectPayloadOrNone => Payload is null or Dictionary<string, object?>;

    /// <summary>Reads a message; null when it is not a JSON object with a string <c>type</c>.</summary>
    public static ClientMessage? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, ReaderOptions);
            if (JsonValues.Read(ref reader) is not Dictionary<string, object?> members || reader.Read())
            {
                return null;
            }

            return members.GetValueOrDefault("type") is string type
                ? new ClientMessage { Type = type, Id = members.GetValueOrDefault("id") as string, Payload = members.GetValueOrDefault("payload") }
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
