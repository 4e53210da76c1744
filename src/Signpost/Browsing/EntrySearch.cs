using System.Text.RegularExpressions;
using Signpost.Canons;
using Signpost.Matching;

namespace Signpost.Browsing;

/// <summary>
/// Keyword search over ids, titles, tags and root causes. A query that reads like an error text
/// also goes through the matcher, whose confident matches come first.
/// </summary>
public static partial class EntrySearch
{
    public const int DefaultLimit = 20;

    public static SearchResult Search(KnowledgeBase kb, string query, int limit = DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = kb.Current;
        var terms = Terms(query);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var canon in snapshot.Corpus.All)
        {
            var score = KeywordScore(canon, terms);
            if (score > 0)
            {
                scores[canon.Id] = score;
            }
        }
        foreach (var match in snapshot.Matcher.Match(query, new LookupOptions { Top = limit }).Matches)
        {
            scores[match.Id] = scores.GetValueOrDefault(match.Id) + 1 + match.Confidence;
        }
        return new SearchResult
        {
            Query = query,
            Results = [.. scores
                .OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
                .Take(limit)
                .Select(s => EntrySummary.Of(snapshot.Corpus.Find(s.Key)!, s.Value))],
        };
    }

    /// <summary>Share of the query's terms the entry holds, weighted by where they occur (0..1).</summary>
    private static double KeywordScore(Canon canon, List<string> terms)
    {
        if (terms.Count == 0)
        {
            return 0;
        }
        var id = canon.Id.ToLowerInvariant();
        var title = Terms(canon.Signature);
        var tags = canon.Tags.Select(t => t.ToLowerInvariant()).ToHashSet();
        var rest = Terms($"{canon.Domain} {canon.Category} {canon.RootCause}");
        double total = 0;
        var hits = 0;
        foreach (var term in terms)
        {
            var weight = (id.Contains(term, StringComparison.Ordinal) ? 0.4 : 0)
                + (title.Contains(term) ? 0.3 : 0)
                + (tags.Contains(term) ? 0.2 : 0)
                + (rest.Contains(term) ? 0.1 : 0);
            total += weight;
            hits += weight > 0 ? 1 : 0;
        }
        // Entries that hold fewer than half the terms are noise for a keyword search.
        return hits * 2 < terms.Count ? 0 : total / terms.Count;
    }

    private static List<string> Terms(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 1).Distinct()];

    [GeneratedRegex("[a-z0-9][a-z0-9._-]*[a-z0-9]|[a-z0-9]")]
    private static partial Regex Word();
}
