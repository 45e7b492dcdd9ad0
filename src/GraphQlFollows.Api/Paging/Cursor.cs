using System.Globalization;
using System.Text;
using GraphQlFollows.Follows.Signatures;
using GraphQlFollows.GraphQL;

namespace GraphQlFollows.Api.Paging;

/// <summary>
/// Opaque cursors: base64 of the domain's position in a list (an operation-log position, or an address for lists
/// ordered by address). Clients only hand them back; a cursor that does not decode is the client's error.
/// </summary>
internal static class Cursor
{
    // The longest text a cursor holds: an address, "0x" and 40 hex digits.
    private const int MaxDecodedBytes = 42;

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

    private static GraphQLException Invalid(string argument) =>
        new($"\"{argument}\" is not a cursor of this list: pass the cursor of an edge or of pageInfo as it was received.");
}
