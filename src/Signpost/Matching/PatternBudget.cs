using System.Diagnostics;

namespace Signpost.Matching;

/// <summary>
/// The CPU time one lookup may spend running patterns, read cheaply. A thread's CPU time never
/// exceeds the wall time it has run, so wall time (a cheap read) is checked first; the thread's
/// CPU clock (a system call) is read only once a lookup has run for longer than
/// <see cref="Grace"/>, which ordinary lookups never do. Time spent compiling patterns is left out.
/// </summary>
internal struct PatternBudget(double limitMicroseconds)
{
    /// <summary>Wall time after which the thread's CPU clock starts to be read.</summary>
    private const double Grace = 1000;

    private readonly long _started = Stopwatch.GetTimestamp();
    private double _excluded;
    private double _cpuBase = -1;
    private double _wallAtBase;

    /// <summary>Leaves the given wall time (spent compiling) out of the budget.</summary>
    public void Exclude(TimeSpan spent) => _excluded += spent.TotalMicroseconds;

    /// <summary>True once the lookup has spent its CPU time.</summary>
    public bool IsSpent()
    {
        var wall = Stopwatch.GetElapsedTime(_started).TotalMicroseconds - _excluded;
        if (wall <= Grace)
        {
            return false;
        }
        if (_cpuBase < 0)
        {
            (_cpuBase, _wallAtBase) = (ThreadClock.Microseconds() - _excluded, wall);
            return false;
        }
        // CPU before the base is at most the wall time before it; after it, the clock says.
        return wall > limitMicroseconds && _wallAtBase + (ThreadClock.Microseconds() - _excluded - _cpuBase) > limitMicroseconds;
    }
}
