namespace GraphQlFollows.Benchmarks.Interleaved;

/// <summary>How long each part of an interleaved measurement lasts.</summary>
internal sealed record RunnerSettings(int Rounds, double BatchMilliseconds, double WarmupMilliseconds);

/// <summary>One engine's per-operation CPU time over the batches of one benchmark, in nanoseconds.</summary>
internal sealed record Measurement(double BestNs, double MedianNs, int BatchSize);

/// <summary>
/// Times two operations in alternation: after a warm-up, batches of each (sized to last about the same CPU time)
/// follow each other, A then B then B then A, so that both see the same state of the machine. Each batch is timed
/// with the thread's CPU time, which leaves out the time other processes held the core.
/// </summary>
internal static class InterleavedRunner
{
    public static (Measurement A, Measurement B, double PairedRatio) Run(Action a, Action b, RunnerSettings settings)
    {
        WarmUp(a, b, settings.WarmupMilliseconds);
        var batchNs = settings.BatchMilliseconds * 1e6;
        var sizeA = BatchSize(a, batchNs);
        var sizeB = BatchSize(b, batchNs);
        // A clean heap for both: a collection the warm-up left pending would land in one side's batch.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var timesA = new double[settings.Rounds];
        var timesB = new double[settings.Rounds];
        for (var round = 0; round < settings.Rounds; round++)
        {
            if (round % 2 == 0)
            {
                timesA[round] = PerOperation(a, sizeA);
                timesB[round] = PerOperation(b, sizeB);
            }
            else
            {
                timesB[round] = PerOperation(b, sizeB);
                timesA[round] = PerOperation(a, sizeA);
            }
        }

        // Neighbouring batches share the machine's state, so their ratio is the steadiest figure of all.
        var ratios = new double[settings.Rounds];
        for (var round = 0; round < settings.Rounds; round++)
        {
            ratios[round] = timesB[round] / timesA[round];
        }

        return (Summarise(timesA, sizeA), Summarise(timesB, sizeB), Median(ratios));
    }

    private static void WarmUp(Action a, Action b, double milliseconds)
    {
        // Counted in this thread's CPU time, not wall time: on a busy machine a wall-clock warm-up may end before
        // tiered compilation has reached its optimised, profile-guided code.
        var end = ThreadCpuClock.Nanoseconds() + (long)(milliseconds * 1e6);
        while (ThreadCpuClock.Nanoseconds() < end)
        {
            for (var i = 0; i < 16; i++)
            {
                a();
                b();
            }
        }
    }

    private static int BatchSize(Action operation, double batchNs)
    {
        var size = 1;
        while (size < 1 << 24)
        {
            var perOperation = PerOperation(operation, size);
            if (perOperation * size >= batchNs)
            {
                break;
            }

            size = Math.Max(size * 2, (int)Math.Ceiling(batchNs / Math.Max(perOperation, 1)));
        }

        return size;
    }

    private static double PerOperation(Action operation, int count)
    {
        var start = ThreadCpuClock.Nanoseconds();
        for (var i = 0; i < count; i++)
        {
            operation();
        }

        return (double)(ThreadCpuClock.Nanoseconds() - start) / count;
    }

    private static Measurement Summarise(double[] perOperation, int batchSize) =>
        new(perOperation.Min(), Median(perOperation), batchSize);

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
