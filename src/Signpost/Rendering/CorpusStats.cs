using Signpost.Canons;

namespace Signpost.Rendering;

/// <summary>Counts over a corpus: entries, per domain, per review status, and the share fully in Chinese.</summary>
public sealed record CorpusStats(int Entries, SortedDictionary<string, int> Domains, double Zh, SortedDictionary<string, int> ReviewStatus)
{
    public static CorpusStats Of(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var domains = new SortedDictionary<string, int>(corpus.All.GroupBy(c => c.Domain).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
        var status = new SortedDictionary<string, int>(corpus.All.GroupBy(c => c.Provenance.ReviewStatus).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
        var zh = corpus.Count == 0 ? 0 : Math.Round((double)corpus.All.Count(c => TranslationRules.IsComplete(c, "zh")) / corpus.Count, 4);
        return new CorpusStats(corpus.Count, domains, zh, status);
    }
}
