using System.Diagnostics;
using Signpost.Matching;

namespace Signpost.Benchmarks;

/// <summary>Runs a step many times and gives the median wall time and the median thread CPU time, in microseconds.</summary>
internal static class Measure
{
    public static (double Wall, double Cpu) Medians(Func<object> step, int rounds)
    {
        for (var i = 0; i < Math.Min(rounds, 50); i++)
        {
            step();
        }
        var wall = new double[rounds];
        var cpu = new double[rounds];
        for (var i = 0; i < rounds; i++)
        {
            // The CPU clock is a system call: read outside the wall-clock reads, so wall time holds the step alone.
            var startCpu = ThreadClock.Microseconds();
            var start = Stopwatch.GetTimestamp();
            step();
            wall[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            cpu[i] = ThreadClock.Microseconds() - startCpu;
        }
        Array.Sort(wall);
        Array.Sort(cpu);
        return (wall[rounds / 2], cpu[rounds / 2]);
    }
}
