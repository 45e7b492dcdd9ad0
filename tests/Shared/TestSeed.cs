using System.Globalization;
using Xunit.Abstractions;

namespace GraphQlFollows.Tests.Shared;

/// <summary>
/// The seed of a test that draws random numbers: the environment variable's value when set, else the test's own
/// fixed seed, else a fresh one. It is printed in the test's output, so any failing run can be repeated.
/// </summary>
internal static class TestSeed
{
    public static int Choose(ITestOutputHelper output, string variable, int? fixedSeed = null)
    {
        var seed = Environment.GetEnvironmentVariable(variable) is { Length: > 0 } text
            ? int.Parse(text, CultureInfo.InvariantCulture)
            : fixedSeed ?? Random.Shared.Next();
        output.WriteLine($"seed {seed} (set {variable}={seed} to repeat)");
        return seed;
    }
}
