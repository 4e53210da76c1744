using System.Text.RegularExpressions;
using Signpost.Canons;
using Signpost.Matching;

namespace Signpost.Web.Pages;

/// <summary>
/// The site's search box: entries the matcher finds for the query as an error text, then entries
/// whose id, title, tags or category hold every word of the query.
/// </summary>
internal static partial class SiteSearch
{
    public const int Limit = 50;

    public static IReadOnlyList<Canon> Find(KnowledgeBase.Snapshot snapshot, string query)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var words = Words().Matches(query.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 1).Distinct().ToList();
        if (words.Count == 0)
        {
            return [];
        }
        var matched = snapshot.Matcher.Match(query, new LookupOptions { Top = 10 }).Matches
            .Select(m => snapshot.Corpus.Find(m.Id)).OfType<Canon>();
        var byWords = snapshot.Corpus.All
            .Select(c => (Canon: c, Haystack: Haystack(c)))
            .Where(x => words.All(x.Haystack.Contains))
            .OrderByDescending(x => words.Count(w => x.Canon.Signature.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .ThenBy(x => x.Canon.Id, StringComparer.Ordinal)
            .Select(x => x.Canon);
        return [.. matched.Concat(byWords).DistinctBy(c => c.Id).Take(Limit)];
    }

    private static string Haystack(Canon c) =>
        string.Join(' ', [c.Id, c.Signature, c.Category, c.Domain, .. c.Tags]).ToLowerInvariant();

    [GeneratedRegex(@"[\p{L}\p{N}_.-]+")]
    private static partial Regex Words();
}
