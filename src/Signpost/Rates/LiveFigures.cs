using System.Collections.Concurrent;
using Signpost.Canons;
using Signpost.Storage;

namespace Signpost.Rates;

/// <summary>
/// Live figures for entries, for the entry API, pages and MCP. Tallies are cached per entry for a
/// short time (other instances' reports show within <see cref="MaxAge"/>) and dropped at once when
/// this instance stores a report for the entry.
/// </summary>
public sealed class LiveFigures(StateStore store, TimeProvider? time = null)
{
    private readonly ConcurrentDictionary<string, Cached> _cache = new(StringComparer.Ordinal);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public TimeSpan MaxAge { get; init; } = TimeSpan.FromSeconds(2);

    public async Task<LiveEntryFigures> ForAsync(Canon canon, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(canon);
        var now = _time.GetTimestamp();
        if (_cache.TryGetValue(canon.Id, out var cached) && ReferenceEquals(cached.Canon, canon) && _time.GetElapsedTime(cached.Stamp, now) < MaxAge)
        {
            return cached.Figures;
        }
        var tallies = await store.TallyAsync(canon.Id, cancellationToken).ConfigureAwait(false);
        var figures = RateModel.Compute(canon, tallies);
        _cache[canon.Id] = new Cached(canon, figures, now);
        return figures;
    }

    /// <summary>Forgets the cached figures of an entry, after a report on it was stored here.</summary>
    public void Invalidate(string entryId) => _cache.TryRemove(entryId, out _);

    private sealed record Cached(Canon Canon, LiveEntryFigures Figures, long Stamp);
}
