using System.Text.RegularExpressions;
using Signpost.Canons;

namespace Signpost.Matching;

/// <summary>
/// Finds the entries that describe an error text. Built once per corpus; thread-safe.
/// This first version runs every pattern and falls back to word overlap with signatures.
/// </summary>
public sealed class Matcher
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(20);
    private readonly List<(Canon Canon, Regex[] Patterns)> _entries;

    private Matcher(List<(Canon, Regex[])> entries) => _entries = entries;

    public static Matcher Build(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return new Matcher([.. corpus.All.Select(c => (c, c.Patterns.Select(Compile).OfType<Regex>().ToArray()))]);
    }

    public MatchResult Match(string text, LookupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= LookupOptions.Default;
        var words = Words(text);
        var matches = new List<EntryMatch>();
        foreach (var (canon, patterns) in _entries)
        {
            var hit = patterns.Select(p => (Pattern: p, Hit: SafeMatch(p, text))).FirstOrDefault(h => h.Hit is { Success: true });
            var overlap = Overlap(words, Words(canon.Signature));
            var score = (hit.Hit is not null ? 1.0 : 0.0) + overlap;
            if (score < 0.6)
            {
                continue;
            }
            matches.Add(new EntryMatch
            {
                Id = canon.Id,
                Title = canon.Signature,
                Domain = canon.Domain,
                Score = Math.Round(score, 4),
                Confidence = Math.Round(Math.Min(1, score / 1.5), 3),
                Why = new MatchWhy
                {
                    Pattern = hit.Pattern?.ToString(),
                    SpanStart = hit.Hit?.Index ?? 0,
                    SpanLength = hit.Hit?.Length ?? 0,
                    Parts = new() { ["pattern"] = hit.Hit is null ? 0 : 1, ["overlap"] = Math.Round(overlap, 4) },
                },
            });
        }
        return new MatchResult { Matches = [.. matches.OrderByDescending(m => m.Score).ThenBy(m => m.Id, StringComparer.Ordinal).Take(options.Top)] };
    }

    private static Regex? Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static System.Text.RegularExpressions.Match? SafeMatch(Regex regex, string text)
    {
        try
        {
            return regex.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static HashSet<string> Words(string text) =>
        [.. Regex.Split(text.ToLowerInvariant(), @"[^a-z0-9]+").Where(w => w.Length > 2)];

    private static double Overlap(HashSet<string> query, HashSet<string> signature) =>
        signature.Count == 0 ? 0 : (double)signature.Count(query.Contains) / signature.Count;
}
