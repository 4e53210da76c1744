using Signpost.Canons;

namespace Signpost.Browsing;

/// <summary>
/// Counts over a domain or the whole corpus: entries per domain, review status, category and
/// resolvability, fix rates, and the share translated to Chinese.
/// </summary>
public sealed record DomainStats
{
    /// <summary>The domain counted, or null for the whole corpus.</summary>
    public string? Domain { get; init; }

    public int Entries { get; init; }

    public SortedDictionary<string, int> Domains { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Share of entries whose Chinese translation is complete and current (0..1).</summary>
    public double Zh { get; init; }

    public SortedDictionary<string, int> ReviewStatus { get; init; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> Categories { get; init; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> Resolvable { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Mean authored fix rate (0..1), or 0 for no entries.</summary>
    public double MeanFixRate { get; init; }

    public int Workarounds { get; init; }

    public int DeadEnds { get; init; }

    public static DomainStats Of(string? domain, IEnumerable<Canon> canons)
    {
        ArgumentNullException.ThrowIfNull(canons);
        var all = canons.ToList();
        return new DomainStats
        {
            Domain = domain,
            Entries = all.Count,
            Domains = Count(all, c => c.Domain),
            Zh = all.Count == 0 ? 0 : Math.Round((double)all.Count(c => TranslationRules.IsComplete(c, "zh")) / all.Count, 4),
            ReviewStatus = Count(all, c => c.Provenance.ReviewStatus),
            Categories = Count(all, c => c.Category),
            Resolvable = Count(all, c => c.Resolvable),
            MeanFixRate = all.Count == 0 ? 0 : Math.Round(all.Average(c => c.Figures.FixRate), 4),
            Workarounds = all.Sum(c => c.Workarounds.Count),
            DeadEnds = all.Sum(c => c.DeadEnds.Count),
        };
    }

    private static SortedDictionary<string, int> Count(List<Canon> all, Func<Canon, string> key) =>
        new(all.Where(c => key(c).Length > 0).GroupBy(key).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}
