using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Signpost.Matching;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID): on a machine shared with other
/// work, wall time measures the queue for a core; thread CPU time measures the work itself. The
/// pattern budget of a lookup counts it, so a busy machine does not cut a lookup short; the
/// benchmarks report it. Falls back to wall time where the call is not available.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTime = 3;

    public static double Microseconds()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ThreadCpuTime, out var spec) == 0)
        {
            return (spec.Seconds * 1e6) + (spec.Nanoseconds / 1e3);
        }
        return Stopwatch.GetTimestamp() * 1e6 / Stopwatch.Frequency;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int clock_gettime(int clock, out TimeSpec spec);
}
