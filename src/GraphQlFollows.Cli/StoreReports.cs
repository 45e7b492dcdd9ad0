using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;

namespace GraphQlFollows.Cli;

/// <summary>The text of what <c>verify</c> and <c>rebuild</c> found.</summary>
internal static class StoreReports
{
    public static string Contents(LogReport report) =>
        $"{report.Operations:N0} operations (head {report.HeadDigest}), {report.SigningKeys:N0} signing keys, " +
        $"{report.Profiles:N0} profiles, {report.Follows:N0} follows";

    public static string Problems(long count) => count == 1 ? "1 problem" : $"{count:N0} problems";

    public static string Rows(long count) => count == 1 ? "1 row" : $"{count:N0} rows";

    /// <summary>One line per finding, then how many more there were.</summary>
    public static async Task WriteFindingsAsync(TextWriter output, IReadOnlyList<LogFinding> findings, long count)
    {
        foreach (var finding in findings)
        {
            await output.WriteLineAsync($"  {finding}");
        }
        if (count > findings.Count)
        {
            await output.WriteLineAsync($"  … and {count - findings.Count:N0} more");
        }
    }
}
