using Signpost.Submissions;

namespace Signpost.Web;

/// <summary>
/// Brings approvals made by other instances on the same database into this one: every few
/// seconds, new approvals are written to the corpus folder and the knowledge base reloads.
/// </summary>
internal sealed class ApprovalSync(ApprovedEntries approved, ILogger<ApprovalSync> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var applied = await approved.SyncAsync(stoppingToken).ConfigureAwait(false);
                if (applied > 0)
                {
                    log.LogInformation("Applied {Count} approval(s) from other instances", applied);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not stop the server; the next tick tries again.
                log.LogWarning(e, "Could not sync approvals");
            }
        }
    }
}
