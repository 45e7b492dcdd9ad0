namespace GraphQlFollows.Follows.Graph.Messages;

/// <summary>The rules of a profile handle: 3 to 20 characters of <c>a-z</c>, <c>0-9</c> and <c>_</c>.</summary>
public static class Handles
{
    public const int MinLength = 3;
    public const int MaxLength = 20;

    public static bool IsValid(string? handle)
    {
        if (handle is null || handle.Length is < MinLength or > MaxLength)
        {
            return false;
        }
        foreach (var c in handle)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }
        return true;
    }
}
