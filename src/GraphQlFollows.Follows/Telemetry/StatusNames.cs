using System.Text;

namespace GraphQlFollows.Follows.Telemetry;

/// <summary>
/// A status as the API contract names it (<c>InvalidSigningKey</c> is <c>INVALID_SIGNING_KEY</c>), so that spans and
/// metrics speak of the statuses clients receive. The names are made once per enum, not per write.
/// </summary>
internal static class StatusNames<TStatus>
    where TStatus : struct, Enum
{
    private static readonly Dictionary<TStatus, string> Names =
        Enum.GetValues<TStatus>().ToDictionary(status => status, status => ContractName(status.ToString()));

    public static string Of(TStatus status) => Names.TryGetValue(status, out var name) ? name : status.ToString();

    // The domain's statuses are words in PascalCase without acronyms, so each capital after the first starts a word.
    private static string ContractName(string member)
    {
        var name = new StringBuilder(member.Length + 4);
        foreach (var c in member)
        {
            if (char.IsUpper(c) && name.Length > 0)
            {
                name.Append('_');
            }
            name.Append(char.ToUpperInvariant(c));
        }
        return name.ToString();
    }
}
