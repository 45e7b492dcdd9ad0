using System.Runtime.InteropServices;

namespace GraphQlFollows.Benchmarks.Interleaved;

/// <summary>
/// The calling thread's CPU time (user and system), from clock_gettime(CLOCK_THREAD_CPUTIME_ID). On a shared machine
/// this counts only the time the benchmark thread ran, not the time other processes held the core.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);

    public static long Nanoseconds()
    {
        if (ClockGetTime(ClockThreadCpuTimeId, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed: thread CPU time needs Linux.");
        }

        return time.Seconds * 1_000_000_000 + time.Nanoseconds;
    }
}
