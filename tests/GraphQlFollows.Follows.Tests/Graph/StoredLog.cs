using GraphQlFollows.Follows.Graph;
using GraphQlFollows.Follows.Graph.Log;

namespace GraphQlFollows.Follows.Tests.Graph;

/// <summary>Checks a test's database as the <c>verify</c> command does: chain, signatures, replay, and every derived row.</summary>
public static class StoredLog
{
    public static async Task AssertVerifiesAsync(TempDatabase database)
    {
        var report = await LogVerifier.VerifyAsync(database.Factory);
        Assert.True(report.Holds, $"{report.FindingCount} problems:\n{string.Join('\n', report.Findings)}");
    }
}
