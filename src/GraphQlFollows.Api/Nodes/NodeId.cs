using System.Globalization;
using System.Text;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Signatures;

namespace GraphQlFollows.Api.Nodes;

/// <summary>
/// Global ids: base64 of the object's type name and its key, <c>Profile:alice</c>, <c>Follow:0x…:alice</c>. They
/// depend on nothing but the object, so every instance gives the same id, before and after a restart. Clients treat
/// them as opaque; anything that does not decode to a known type and a well-formed key names no object.
/// </summary>
internal static class NodeId
{
    // Longer than any id this server makes (a signing key's base64 SPKI is the longest key): past it, no object.
    private const int MaxLength = 512;

    public static string Profile(string handle) => Encode("Profile", handle);

    public static string Address(EvmAddress address) => Encode("Address", address.Value);

    public static string Follow(FollowEdge follow) => Encode("Follow", Pair(follow.Address, follow.Handle));

    public static string Block(BlockEdge block) => Encode("Block", Pair(block.Address, block.Handle));

    public static string SigningKey(string key) => Encode("SigningKey", key);

    /// <summary>An operation by its id (see <see cref="Operation.Id"/>), which every instance knows it by.</summary>
    public static string Operation(long id) => Encode("Operation", id.ToString(CultureInfo.InvariantCulture));

    /// <summary>The type name and key an id names, or null when it is not an id of this server.</summary>
    public static (string Type, string Key)? Decode(string id)
    {
        if (id.Length > MaxLength)
        {
            return null;
        }
        Span<byte> bytes = stackalloc byte[MaxLength];
        if (!Convert.TryFromBase64String(id, bytes, out var length))
        {
            return null;
        }
        string text;
        try
        {
            text = Strict.GetString(bytes[..length]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        var colon = text.IndexOf(':');
        return colon > 0 ? (text[..colon], text[(colon + 1)..]) : null;
    }

    /// <summary>The (address, handle) pair of a follow or block key, or null when it is not one.</summary>
    public static (EvmAddress Address, string Handle)? ToPair(string key)
    {
        var colon = key.LastIndexOf(':');
        return colon > 0 && EvmAddress.TryParse(key[..colon], out var address) && Handles.IsValid(key[(colon + 1)..])
            ? (address, key[(colon + 1)..])
            : null;
    }

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string Pair(EvmAddress address, string handle) => $"{address.Value}:{handle}";

    private static string Encode(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));
}
