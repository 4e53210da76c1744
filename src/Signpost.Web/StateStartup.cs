using Signpost.Storage;
using Signpost.Submissions;

namespace Signpost.Web;

/// <summary>
/// Migrates the store before the server takes requests (so the first report finds its tables) and
/// records which approvals are already in the corpus folder.
/// </summary>
internal sealed class StateStartup(StateStore store, ApprovedEntries approved, ILogger<StateStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        await approved.SyncAsync(cancellationToken).ConfigureAwait(false);
        log.LogInformation("State: {Store}", store.Describe());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
