using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQlFollows.Follows.Graph.Log;

namespace GraphQlFollows.Follows.Graph.Messages;

/// <summary>
/// The JSON messages clients sign, such as <c>{"op":"follow","address":"0x…","handle":"alice","ts":1700000000000}</c>,
/// with the fields in the order the API contract shows them and <c>ts</c> as a JSON integer (milliseconds since
/// the epoch). The registration message is not JSON; see <see cref="KeyAuthorization.Message"/>.
/// </summary>
public static class OperationMessages
{
    // Base64 keys keep their '+' and '/' as written, so the signed text reads as the key does.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Follow(string address, string handle, long ts) =>
        Write(OperationKinds.Follow, address, ts, writer => writer.WriteString("handle", handle));

    public static string Unfollow(string address, string handle, long ts) =>
        Write(OperationKinds.Unfollow, address, ts, writer => writer.WriteString("handle", handle));

    public static string CreateProfile(string address, string handle, long ts) =>
        Write(OperationKinds.CreateProfile, address, ts, writer => writer.WriteString("handle", handle));

    public static string RevokeSigningKey(string address, string signingKey, long ts) =>
        Write(OperationKinds.RevokeSigningKey, address, ts, writer => writer.WriteString("signingKey", signingKey));

    public static string BatchUnfollow(string address, IEnumerable<string> handles, long ts) =>
        Batch(OperationKinds.BatchUnfollow, address, handles, ts);

    public static string BatchFollow(string address, IEnumerable<string> handles, long ts) =>
        Batch(OperationKinds.BatchFollow, address, handles, ts);

    public static string Block(string address, string handle, string target, long ts) =>
        BlockPair(OperationKinds.Block, address, handle, target, ts);

    public static string Unblock(string address, string handle, string target, long ts) =>
        BlockPair(OperationKinds.Unblock, address, handle, target, ts);

    private static string Batch(string op, string address, IEnumerable<string> handles, long ts) =>
        Write(op, address, ts, writer =>
        {
            writer.WriteStartArray("handles");
            foreach (var handle in handles)
            {
                writer.WriteStringValue(handle);
            }
            writer.WriteEndArray();
        });

    private static string BlockPair(string op, string address, string handle, string target, long ts) =>
        Write(op, address, ts, writer =>
        {
            writer.WriteString("handle", handle);
            writer.WriteString("target", target);
        });

    private static string Write(string op, string address, long ts, Action<Utf8JsonWriter> writeOperands)
    {
        ArgumentNullException.ThrowIfNull(address);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("op", op);
            writer.WriteString("address", address);
            writeOperands(writer);
            writer.WriteNumber("ts", ts);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
