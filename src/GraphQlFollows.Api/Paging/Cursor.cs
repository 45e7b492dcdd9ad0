using System.Globalization;
using System.Text;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.GraphQL;

namespace GraphQlFollows.Api.Paging;

/// <summary>
/// Opaque cursors: base64 of the domain's position in a list (an operation-log position, an address for lists
/// ordered by address, a registration time and key for signing keys). Clients only hand them back; a cursor that
/// does not decode is the client's error.
/// </summary>
internal static class Cursor
{
    // The longest text a position or address cursor holds: an address, "0x" and 40 hex digits.
    private const int MaxDecodedBytes = 42;

    // A signing key's: a registration time, ':' and the key's canonical base64 (124 characters for P-256), with room.
    private const int MaxSigningKeyBytes = 256;

    // Every edge of a page has one: written through the stack, so that the cursor is its only allocation.
    public static string FromPosition(long position)
    {
        Span<byte> text = stackalloc byte[20];
        position.TryFormat(text, out var length, provider: CultureInfo.InvariantCulture);
        return Convert.ToBase64String(text[..length]);
    }

    public static string FromAddress(EvmAddress address) => Convert.ToBase64String(Encoding.ASCII.GetBytes(address.Value));

    /// <summary>The position in the cursor given as <paramref name="argument"/>, or null when none was given.</summary>
    public static long? ToPosition(string? cursor, string argument)
    {
        if (cursor is null)
        {
            return null;
        }
        Span<byte> text = stackalloc byte[MaxDecodedBytes];
        return Convert.TryFromBase64String(cursor, text, out var length)
            && long.TryParse(text[..length], NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position
            : throw Invalid(argument);
    }

    /// <summary>The address in the cursor given as <paramref name="argument"/>, or null when none was given.</summary>
    public static EvmAddress? ToAddress(string? cursor, string argument)
    {
        if (cursor is null)
        {
            return null;
        }
        Span<byte> text = stackalloc byte[MaxDecodedBytes];
        return Convert.TryFromBase64String(cursor, text, out var length)
            && EvmAddress.TryParse(Encoding.ASCII.GetString(text[..length]), out var address)
            ? address
            : throw Invalid(argument);
    }

    public static string FromSigningKey(SigningKeyInfo key) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes($"{key.RegisteredAt.ToString(CultureInfo.InvariantCulture)}:{key.Key}"));

    /// <summary>The place in a list of signing keys of the cursor given as <paramref name="argument"/>, or null when none was given.</summary>
    public static SigningKeyCursor? ToSigningKey(string? cursor, string argument)
    {
        if (cursor is null)
        {
            return null;
        }
        Span<byte> text = stackalloc byte[MaxSigningKeyBytes];
        if (!Convert.TryFromBase64String(cursor, text, out var length) || text[..length].IndexOf((byte)':') is not (> 0 and var colon)
            || !long.TryParse(text[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var registeredAt))
        {
            throw Invalid(argument);
        }
        return new SigningKeyCursor(registeredAt, Encoding.ASCII.GetString(text[(colon + 1)..length]));
    }

    private static GraphQLException Invalid(string argument) =>
        new($"\"{argument}\" is not a cursor of this list: pass the cursor of an edge or of pageInfo as it was received.");
}
