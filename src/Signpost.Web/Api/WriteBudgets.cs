using System.Threading.RateLimiting;

namespace Signpost.Web.Api;

/// <summary>
/// The per-address write budgets (<c>Signpost:WritesPerMinute</c>, <c>Signpost:SubmissionsPerMinute</c>),
/// one of each per server, shared by the REST write routes (through <see cref="BudgetLimiter"/>) and
/// the MCP write tools served over HTTP: a client that writes through both spends one budget, not
/// two. Over stdio (<c>signpost mcp</c>) there is no address and no limit: the caller runs the server.
/// </summary>
public sealed class WriteBudgets : IDisposable
{
    private readonly PartitionedRateLimiter<string> _writes;
    private readonly PartitionedRateLimiter<string> _submissions;

    public WriteBudgets(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var (writes, submissions) = ApiServices.WritesPerMinute(configuration);
        _writes = PerAddress(writes);
        _submissions = PerAddress(submissions);
    }

    /// <summary>Takes one write (or submission) from the address's budget; false when the minute's budget is spent.</summary>
    public bool TryTake(string address, bool submission)
    {
        using var lease = Of(submission).AttemptAcquire(address);
        return lease.IsAcquired;
    }

    /// <summary>The budget of writes, or of submissions, by address.</summary>
    internal PartitionedRateLimiter<string> Of(bool submission) => submission ? _submissions : _writes;

    public void Dispose()
    {
        _writes.Dispose();
        _submissions.Dispose();
    }

    private static PartitionedRateLimiter<string> PerAddress(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(
            address, _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
}
