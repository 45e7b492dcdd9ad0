using Snapshooter;
using Snapshooter.Exceptions;
using Snapshooter.Xunit;
using Xunit.Sdk;

namespace GraphQlFollows.Api.Tests.Snapshots;

/// <summary>
/// What every snapshot test relies on: an output that changed fails, and with <c>SNAPSHOOTER_STRICT_MODE=true</c>
/// (as tests/run.sh runs the suites) a missing snapshot fails instead of being written and passing. The snapshot
/// here is a throwaway in a temporary directory, never one of the suite's.
/// </summary>
[Collection(nameof(StrictModeCollection))]
public sealed class StrictModeTests : IDisposable
{
    private const string StrictMode = "SNAPSHOOTER_STRICT_MODE";

    private readonly string? _strictModeBefore = Environment.GetEnvironmentVariable(StrictMode);
    private readonly string _directory = Directory.CreateTempSubdirectory("gqlf-snapshot-").FullName;

    private SnapshotFullName Throwaway => new("Throwaway.snap", _directory);

    private string SnapshotFile => Path.Combine(_directory, "__snapshots__", "Throwaway.snap");

    private string MismatchFile => Path.Combine(_directory, "__snapshots__", "__mismatch__", "Throwaway.snap");

    [Fact]
    public void In_strict_mode_a_missing_snapshot_fails_and_is_not_written()
    {
        Environment.SetEnvironmentVariable(StrictMode, "true");

        Assert.Throws<SnapshotNotFoundException>(() => Snapshot.Match("""{"status":"SUCCESS"}""", Throwaway));

        Assert.False(File.Exists(SnapshotFile));
        Assert.True(File.Exists(MismatchFile));
    }

    [Fact]
    public void Without_strict_mode_a_missing_snapshot_is_written_and_passes()
    {
        Environment.SetEnvironmentVariable(StrictMode, null);

        Snapshot.Match("""{"status":"SUCCESS"}""", Throwaway);

        Assert.Equal("""{"status":"SUCCESS"}""" + "\n", File.ReadAllText(SnapshotFile));
    }

    [Fact]
    public void A_changed_output_fails_and_is_written_beside_the_snapshot_for_review()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SnapshotFile)!);
        File.WriteAllText(SnapshotFile, """{"status":"SUCCESS","tsInServer":1}""" + "\n");
        Environment.SetEnvironmentVariable(StrictMode, "true");

        Snapshot.Match("""{ "status": "SUCCESS", "tsInServer": 1 }""", Throwaway);
        Assert.Throws<EqualException>(() => Snapshot.Match("""{"status":"SUCCESS","tsInServer":2}""", Throwaway));
        Assert.Throws<EqualException>(() => Snapshot.Match("""{"tsInServer":1,"status":"SUCCESS"}""", Throwaway));

        Assert.Contains("\"tsInServer\":1,", File.ReadAllText(MismatchFile));
        Assert.Equal("""{"status":"SUCCESS","tsInServer":1}""" + "\n", File.ReadAllText(SnapshotFile));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(StrictMode, _strictModeBefore);
        Directory.Delete(_directory, recursive: true);
    }
}

/// <summary>
/// The strict-mode switch is the process's environment, which every test reads: these tests run alone, after the
/// others, so that no other test's snapshot is matched while they change it.
/// </summary>
[CollectionDefinition(nameof(StrictModeCollection), DisableParallelization = true)]
public sealed class StrictModeCollection
{
}
