
namespace GraphQlFollows.Benchmarks.Interleaved;

/// <summary>One benchmark on one engine: the operation timed, and the JSON bytes its last run wrote (none for validation).</summary>
internal sealed record BenchmarkCase(string Name, Action Run, Func<ReadOnlyMemory<byte>>? Output);

/// <summary>An engine under comparison, with its cases in the order of <see cref="BenchmarkNames.Names"/>.</summary>
internal interface IEngineSide
{
    string Name { get; }
    IReadOnlyList<BenchmarkCase> Cases { get; }

    /// <summary>Operations that did not complete on the calling thread (their CPU time would be missed); expected 0.</summary>
    int AsyncCompletions { get; }
}

internal static class BenchmarkNames
{
    public static readonly string[] Names = ["ParseAndValidate", "ExecuteCached", "Mutation", "Introspection"];
}
