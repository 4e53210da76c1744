namespace Signpost.Matching;

/// <summary>
/// Gathers the entries worth ranking for an input: those whose pattern matched, and those the
/// token index scores best; then measures each one's coverage and shared error codes.
/// </summary>
internal static class CandidateFinder
{
    private const int TokenCandidates = 10;

    [ThreadStatic]
    private static float[]? _cutBuffer;

    public static List<Candidate> Find(MatchIndex index, LogView log, QueryTerms query, IReadOnlyList<ErrorCode> codes)
    {
        var byEntry = new Dictionary<int, Candidate>(TokenCandidates * 2);
        foreach (var hit in index.Patterns.Find(log))
        {
            var candidate = Get(byEntry, hit.Entry);
            if (candidate.Hit is null || Better(log, hit, candidate.Hit))
            {
                candidate.Hit = hit;
            }
        }
        AddTokenCandidates(index.Tokens, query, byEntry);
        var weights = TermWeights.Of(query, index.Tokens.TermCount);
        ReadAhead(index, byEntry.Keys);
        try
        {
            foreach (var candidate in byEntry.Values)
            {
                CandidateMeasure.Measure(index, query, weights, codes, candidate);
            }
        }
        finally
        {
            weights.Clear();
        }
        return [.. byEntry.Values];
    }

    /// <summary>Reads each candidate's terms and facts before any is measured (see <see cref="Matching.ReadAhead"/>).</summary>
    private static void ReadAhead(MatchIndex index, Dictionary<int, Candidate>.KeyCollection entries)
    {
        var sum = 0;
        foreach (var entry in entries)
        {
            sum += index.Tokens.Entries[entry].ReadAhead() + index.Entries[entry].Codes.Count;
        }
        Matching.ReadAhead.Keep(sum);
    }

    private static bool Better(LogView log, PatternHit hit, PatternHit current)
    {
        var (kind, was) = (log.Lines[hit.LineIndex].Kind, log.Lines[current.LineIndex].Kind);
        return kind == LineKind.Error && was != LineKind.Error || (kind == was && hit.Length > current.Length);
    }

    private static Candidate Get(Dictionary<int, Candidate> byEntry, int entry)
    {
        if (!byEntry.TryGetValue(entry, out var candidate))
        {
            byEntry[entry] = candidate = new Candidate(entry);
        }
        return candidate;
    }

    private static void AddTokenCandidates(TokenIndex tokens, QueryTerms query, Dictionary<int, Candidate> byEntry)
    {
        var scores = tokens.Score(query.Terms);
        try
        {
            // The entries a pattern found get their score whatever it is; the others, when among the best.
            foreach (var candidate in byEntry.Values)
            {
                candidate.Bm25 = scores[candidate.Entry];
            }
            var cut = Cut(scores);
            for (var i = 0; i < scores.Count; i++)
            {
                if (scores.SumAt(i) >= cut)
                {
                    Get(byEntry, scores.EntryAt(i)).Bm25 = scores.SumAt(i);
                }
            }
        }
        finally
        {
            scores.Clear();
        }
    }

    /// <summary>The score of the k-th best scored entry, found by selection rather than a full sort.</summary>
    private static float Cut(EntryScores scores)
    {
        if (scores.Count <= TokenCandidates)
        {
            return 0;
        }
        var values = _cutBuffer is { } buffer && buffer.Length >= scores.Count ? buffer : _cutBuffer = new float[Math.Max(256, scores.Count * 2)];
        for (var i = 0; i < scores.Count; i++)
        {
            values[i] = scores.SumAt(i);
        }
        int lo = 0, hi = scores.Count - 1, k = TokenCandidates - 1;
        while (lo < hi)
        {
            var pivot = values[(lo + hi) >>> 1];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (values[i] > pivot)
                {
                    i++;
                }
                while (values[j] < pivot)
                {
                    j--;
                }
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }
            (lo, hi) = k <= j ? (lo, j) : k >= i ? (i, hi) : (k, k);
        }
        return values[k];
    }

    /// <summary>Fills in which of the entry's words the text holds and the line most of them sit on; run only for matches shown.</summary>
    public static void Explain(TokenIndex tokens, QueryTerms query, Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.BestPhrase < 0 || candidate.Terms.Count > 0)
        {
            return;
        }
        var votes = new Dictionary<int, int>();
        foreach (var term in tokens.Entries[candidate.Entry].Phrase(candidate.BestPhrase))
        {
            if (query.Terms.TryGetValue(term, out var seen))
            {
                candidate.Terms.Add(tokens.Name(term));
                votes[seen.Line] = votes.GetValueOrDefault(seen.Line) + 1;
            }
        }
        candidate.CoverageLine = votes.Count == 0 ? -1 : votes.MaxBy(v => v.Value).Key;
    }
}
