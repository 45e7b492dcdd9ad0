using System.Globalization;
using System.Text;
using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Messages;
using GraphQlFollows.Follows.Graph.Reads;
using GraphQlFollows.GraphQL;

namespace GraphQlFollows.Api.Paging;

/// <summary>
/// Cursors of profile lists: base64 of the ordered columns' values, <c>h:alice</c> for a list by handle,
/// <c>f:12:alice</c> for one by follower count (then handle). A cursor of the other kind of list is refused, since
/// its place means nothing in this one.
/// </summary>
internal static class ProfileCursors
{
    // "f:", a count of up to 19 digits, ":" and a handle of up to 20 characters.
    private const int MaxDecodedBytes = 64;

    public static string Of(ProfileInfo profile, ProfileOrder order) => Convert.ToBase64String(Encoding.ASCII.GetBytes(
        order.FollowerCount is null
            ? $"h:{profile.Handle}"
            : string.Create(CultureInfo.InvariantCulture, $"f:{profile.FollowerCount}:{profile.Handle}")));

    /// <summary>The place the cursor given as <paramref name="argument"/> marks, or null when none was given.</summary>
    public static ProfileCursor? Read(string? cursor, string argument, ProfileOrder order)
    {
        if (cursor is null)
        {
            return null;
        }
        Span<byte> bytes = stackalloc byte[MaxDecodedBytes];
        var text = cursor.Length <= MaxDecodedBytes * 4 / 3 + 4 && Convert.TryFromBase64String(cursor, bytes, out var length)
            ? Encoding.ASCII.GetString(bytes[..length])
            : "";
        var place = order.FollowerCount is null ? ByHandle(text) : ByFollowerCount(text);
        return place ?? throw new GraphQLException(
            $"\"{argument}\" is not a cursor of this list in this order: pass the cursor of an edge or of pageInfo as it was received, with the same order.");
    }

    private static ProfileCursor? ByHandle(string text) =>
        text.StartsWith("h:", StringComparison.Ordinal) && Handles.IsValid(text[2..]) ? new ProfileCursor(text[2..]) : null;

    private static ProfileCursor? ByFollowerCount(string text)
    {
        var parts = text.Split(':');
        return parts is ["f", var count, var handle]
            && long.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var followerCount)
            && Handles.IsValid(handle)
            ? new ProfileCursor(handle, followerCount)
            : null;
    }
}
