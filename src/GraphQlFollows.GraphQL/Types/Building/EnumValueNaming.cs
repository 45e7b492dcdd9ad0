using System.Text;

namespace GraphQlFollows.GraphQL.Types.Building;

/// <summary>
/// The convention that maps .NET enum members to GraphQL enum values: a member named in PascalCase stands for the
/// value of the same words in SCREAMING_SNAKE_CASE (<c>InvalidSigningKey</c> for <c>INVALID_SIGNING_KEY</c>,
/// <c>Asc</c> for <c>ASC</c>), as the specification's examples and most schemas name values.
/// </summary>
internal static class EnumValueNaming
{
    /// <summary>The GraphQL value name of a member: a word starts at a capital after a small letter or digit, or
    /// at the last capital of a run followed by a small letter (<c>HttpURLError</c>: <c>HTTP_URL_ERROR</c>).</summary>
    public static string ToValueName(string memberName)
    {
        var name = new StringBuilder(memberName.Length + 8);
        for (var i = 0; i < memberName.Length; i++)
        {
            var c = memberName[i];
            if (i > 0 && char.IsUpper(c) && StartsWord(memberName, i) && memberName[i - 1] != '_')
            {
                name.Append('_');
            }

            name.Append(char.ToUpperInvariant(c));
        }

        return name.ToString();
    }

    /// <summary>The members of the enum type <paramref name="enumType"/>, boxed, by the value names they stand for:
    /// their own names, and their names by the convention.</summary>
    public static Dictionary<string, object> ValuesOf(Type enumType)
    {
        var members = Enum.GetNames(enumType);
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            values[member] = Enum.Parse(enumType, member);
        }

        foreach (var member in members)
        {
            values.TryAdd(ToValueName(member), Enum.Parse(enumType, member));
        }

        return values;
    }

    private static bool StartsWord(string name, int i)
    {
        var previous = name[i - 1];
        return char.IsLower(previous) || char.IsDigit(previous)
            || (char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1]));
    }
}
