using System.Threading.RateLimiting;
using Signpost.Web.Api;

namespace Signpost.Web.Mcp;

/// <summary>
/// Per-address budgets for the MCP write tools served over HTTP, with the REST routes' numbers
/// (<c>Signpost:WritesPerMinute</c>, <c>Signpost:SubmissionsPerMinute</c>): every MCP call is a POST
/// to /mcp, which the routes' rate limits do not see, so without these an agent could write without
/// bound there. Over stdio (<c>signpost mcp</c>) there is no address and no limit: the caller runs the server.
/// </summary>
public sealed class McpWriteLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _writes;
    private readonly PartitionedRateLimiter<string> _submissions;

    public McpWriteLimits(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var (writes, submissions) = ApiServices.WritesPerMinute(configuration);
        _writes = PerAddress(writes);
        _submissions = PerAddress(submissions);
    }

    /// <summary>Takes one write (or submission) from the address's budget; false when the minute's budget is spent.</summary>
    public bool TryTake(string address, bool submission)
    {
        using var lease = (submission ? _submissions : _writes).AttemptAcquire(address);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _writes.Dispose();
        _submissions.Dispose();
    }

    private static PartitionedRateLimiter<string> PerAddress(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(address => ApiServices.PerAddress(address, perMinute));
}
