using Signpost.Canons;

namespace Signpost.Browsing;

/// <summary>Every domain of the corpus, in name order.</summary>
public sealed record DomainList
{
    public List<DomainSummary> Domains { get; init; } = [];

    public static DomainList Of(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return new DomainList
        {
            Domains = [.. corpus.All.GroupBy(c => c.Domain).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new DomainSummary
            {
                Name = g.Key,
                Entries = g.Count(),
                ReviewStatus = new(g.GroupBy(c => c.Provenance.ReviewStatus).ToDictionary(s => s.Key, s => s.Count()), StringComparer.Ordinal),
            })],
        };
    }
}
