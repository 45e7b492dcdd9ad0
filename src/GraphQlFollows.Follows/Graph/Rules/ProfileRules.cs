using GraphQlFollows.Follows.Graph.Results;
using GraphQlFollows.Follows.Graph.State;

namespace GraphQlFollows.Follows.Graph.Rules;

/// <summary>The check of a handle claim against the stored profile. Pure: every fact is passed in.</summary>
public static class ProfileRules
{
    /// <summary>
    /// A claim of a handle whose profile is <paramref name="existing"/> (null: free) by <paramref name="address"/>. The
    /// byte-identical claim that created the profile (<paramref name="claimContent"/>) is a retry answered SUCCESS.
    /// </summary>
    public static CreateProfileStatus DecideClaim(
        ProfileState? existing, string address, string content, string? claimContent, out bool changes)
    {
        changes = existing is null;
        if (existing is null)
        {
            return CreateProfileStatus.Success;
        }
        return existing.Owner == address && string.Equals(content, claimContent, StringComparison.Ordinal)
            ? CreateProfileStatus.Success
            : CreateProfileStatus.HandleTaken;
    }
}
