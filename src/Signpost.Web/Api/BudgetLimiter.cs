using System.Diagnostics;
using System.Threading.RateLimiting;

namespace Signpost.Web.Api;

/// <summary>
/// One address's share of a <see cref="WriteBudgets"/> budget, as the rate-limiting middleware wants
/// a partition's limiter: it takes its permits from the shared budget and holds no count of its own,
/// so the middleware may drop it once idle and make another later without losing what was spent.
/// </summary>
internal sealed class BudgetLimiter(PartitionedRateLimiter<string> budget, string address) : RateLimiter
{
    private long _lastUsed = Stopwatch.GetTimestamp();

    /// <summary>How long since it last took a permit: the middleware drops limiters idle for a while.</summary>
    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => budget.GetStatistics(address);

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        return budget.AttemptAcquire(address, permitCount);
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        return budget.AcquireAsync(address, permitCount, cancellationToken);
    }
}
