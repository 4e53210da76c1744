using Signpost.Canons;

namespace Signpost.Matching;

/// <summary>
/// Finds the entries that describe an error text or a whole log. Built once per corpus
/// (<see cref="Build"/>); thread-safe. The steps: normalize the text, gather candidates from the
/// pattern index and the token index, rank them, abstain when nothing is close enough,
/// explain each match, split a log into failure episodes, and hold entries against versions.
/// </summary>
public sealed class Matcher
{
    private readonly MatchIndex _index;

    private Matcher(MatchIndex index) => _index = index;

    public int EntryCount => _index.Entries.Count;

    public static Matcher Build(Corpus corpus) => new(MatchIndex.Build(corpus));

    public MatchResult Match(string text, LookupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= LookupOptions.Default;
        var log = LogView.Of(text);
        var (ranked, query) = Rank(log, options);
        var margin = Abstention.MarginOf(ranked, Siblings);
        var answered = ranked.Count > 0 && Abstention.Answers(ranked[0].Score, margin)
            ? ranked.TakeWhile(c => c.Score >= ranked[0].Score * Abstention.Trail).ToList()
            : [];
        foreach (var candidate in answered)
        {
            CandidateFinder.Explain(_index.Tokens, query, candidate);
        }
        // Described once each, by entry (one candidate per entry): the matches and the episodes share them.
        var described = new Dictionary<int, EntryMatch>();
        var masks = new Dictionary<int, string>();
        EntryMatch Once(Candidate c) => described.TryGetValue(c.Entry, out var m) ? m : described[c.Entry] = Describe(log, c, margin, masks);
        return new MatchResult
        {
            Matches = [.. answered.Take(Math.Max(0, options.Top)).Select(Once)],
            Episodes = EpisodeFinder.Split(log, answered, _index, options.Top, Once),
        };
    }

    /// <summary>All candidates for a text, best first, before abstention: for calibration and diagnosis.</summary>
    internal List<(string Id, double Score, Dictionary<string, double> Parts)> Explain(string text, LookupOptions? options = null)
    {
        var (ranked, _) = Rank(LogView.Of(text), options ?? LookupOptions.Default);
        var explained = ranked.Select(c => (_index.Entries[c.Entry].Canon.Id, c.Score, Parts: c.Parts())).ToList();
        if (explained.Count > 0)
        {
            explained[0].Parts["margin"] = Math.Round(Abstention.MarginOf(ranked, Siblings), 4);
        }
        return explained;
    }

    /// <summary>Two entries are siblings when they share domain/slug or nearly share their signature's words.</summary>
    private bool Siblings(Candidate a, Candidate b)
    {
        var (x, y) = (_index.Entries[a.Entry].Canon.Id, _index.Entries[b.Entry].Canon.Id);
        var slash = x.IndexOf('/', x.IndexOf('/', StringComparison.Ordinal) + 1);
        if (slash > 0 && y.Length > slash && string.CompareOrdinal(x, 0, y, 0, slash + 1) == 0)
        {
            return true;
        }
        var (p, q) = (_index.Tokens.Entries[a.Entry].SignatureTerms, _index.Tokens.Entries[b.Entry].SignatureTerms);
        var common = p.Count(q.Contains);
        return common >= 0.5 * (p.Length + q.Length - common);
    }

    internal (List<Candidate> Ranked, QueryTerms Query) Rank(LogView log, LookupOptions options)
    {
        var query = QueryTerms.From(log, _index.Tokens);
        var codes = ErrorCodes.Find(log.Focused);
        var candidates = CandidateFinder.Find(_index, log, query, codes);
        var versions = VersionMentions.Find(log, options.Env);
        foreach (var candidate in candidates)
        {
            VersionFit.Apply(_index.Entries[candidate.Entry], versions, candidate);
        }
        Ranker.Score(candidates, log);
        candidates.Sort((a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(_index.Entries[a.Entry].Canon.Id, _index.Entries[b.Entry].Canon.Id);
        });
        return (candidates, query);
    }

    private EntryMatch Describe(LogView log, Candidate candidate, double margin, Dictionary<int, string> masks)
    {
        var canon = _index.Entries[candidate.Entry].Canon;
        var line = candidate.Line >= 0 ? log.Lines[candidate.Line] : null;
        var shown = line?.Raw.Length > 500 ? line.Raw[..500] : line?.Raw ?? "";
        return new EntryMatch
        {
            Id = canon.Id,
            Title = canon.Signature,
            Domain = canon.Domain,
            Score = Math.Round(candidate.Score, 4),
            Confidence = Math.Round(Abstention.Confidence(candidate.Score, margin), 3),
            VersionVerdict = candidate.VersionVerdict,
            Why = new MatchWhy
            {
                Line = line?.Number ?? 0,
                LineText = shown,
                SpanStart = candidate.Hit?.Start ?? 0,
                SpanLength = candidate.Hit?.Length ?? 0,
                Pattern = candidate.Hit?.Pattern.Source,
                Tokens = candidate.Terms,
                Template = line is null ? null : masks.TryGetValue(candidate.Line, out var mask) ? mask : masks[candidate.Line] = VolatileMasker.Mask(shown),
                Parts = candidate.Parts(),
            },
        };
    }
}
