namespace Signpost.Matching;

/// <summary>
/// Gathers the entries worth ranking for an input: those whose pattern matched, and those the
/// token index scores best; then measures each one's coverage and shared error codes.
/// </summary>
internal static class CandidateFinder
{
    private const int TokenCandidates = 40;

    [ThreadStatic]
    private static float[]? _scores;

    [ThreadStatic]
    private static List<int>? _touched;

    [ThreadStatic]
    private static float[]? _cutBuffer;

    public static List<Candidate> Find(MatchIndex index, LogView log, QueryTerms query, IReadOnlyList<ErrorCode> codes)
    {
        var byEntry = new Dictionary<int, Candidate>(TokenCandidates * 2);
        foreach (var hit in index.Patterns.Find(log))
        {
            var candidate = Get(byEntry, hit.Pattern.Entry);
            if (candidate.Hit is null || Better(log, hit, candidate.Hit))
            {
                candidate.Hit = hit;
            }
        }
        AddTokenCandidates(index.Tokens, query, byEntry);
        var weights = TermWeights.Of(query, index.Tokens.TermCount);
        try
        {
            foreach (var candidate in byEntry.Values)
            {
                Measure(index, query, weights, codes, candidate);
            }
        }
        finally
        {
            weights.Clear();
        }
        return [.. byEntry.Values];
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
        // A per-thread array kept zeroed between lookups: only the touched slots are reset.
        var scores = _scores is { } mine && mine.Length >= tokens.EntryCount ? mine : _scores = new float[tokens.EntryCount];
        var touched = _touched ??= [];
        try
        {
            tokens.Score(query.Terms, scores, touched);
            var cut = Cut(scores, touched);
            foreach (var e in touched)
            {
                if (scores[e] >= cut || byEntry.ContainsKey(e))
                {
                    Get(byEntry, e).Bm25 = scores[e];
                }
            }
        }
        finally
        {
            foreach (var e in touched)
            {
                scores[e] = 0;
            }
            touched.Clear();
        }
    }

    /// <summary>The score of the k-th best touched entry, found by selection rather than a full sort.</summary>
    private static float Cut(float[] scores, List<int> touched)
    {
        if (touched.Count <= TokenCandidates)
        {
            return 0;
        }
        var values = _cutBuffer is { } buffer && buffer.Length >= touched.Count ? buffer : _cutBuffer = new float[Math.Max(256, touched.Count * 2)];
        for (var i = 0; i < touched.Count; i++)
        {
            values[i] = scores[touched[i]];
        }
        int lo = 0, hi = touched.Count - 1, k = TokenCandidates - 1;
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

    private static void Measure(MatchIndex index, QueryTerms query, TermWeights weights, IReadOnlyList<ErrorCode> codes, Candidate candidate)
    {
        var tokens = index.Tokens;
        var entryCodes = index.Entries[candidate.Entry].Codes;
        var shared = entryCodes.Count == 0 || codes.Count == 0 ? [] : entryCodes.Where(codes.Contains).ToList();
        var counted = SharedClassTerms(tokens, weights, index.Entries[candidate.Entry], shared);
        var best = -1.0;
        var bestFound = 0.0;
        int[]? bestPhrase = null;
        var phrases = tokens.Phrases[candidate.Entry];
        var totals = tokens.PhraseIdf[candidate.Entry];
        for (var p = 0; p < phrases.Length; p++)
        {
            var coverage = Coverage(tokens.Idf, weights, phrases[p], totals[p], counted, out var found);
            if (coverage > best)
            {
                (best, bestPhrase, bestFound) = (coverage, phrases[p], found);
            }
        }
        candidate.Coverage = Math.Max(0, best);
        candidate.Precision = query.Total > 0 ? Math.Min(1, bestFound / query.Total) : 0;
        foreach (var sequence in tokens.Sequences[candidate.Entry])
        {
            var (share, pairs) = Phrase(query, weights, sequence, counted);
            candidate.Phrase = Math.Max(candidate.Phrase, share);
            candidate.PhrasePairs = Math.Max(candidate.PhrasePairs, pairs);
        }
        candidate.BestPhrase = bestPhrase;
        if (entryCodes.Count == 0 || codes.Count == 0)
        {
            return;
        }
        candidate.SharedCodes = shared.Count;
        candidate.CodeSpecificity = shared.Count == 0 ? 0 : shared.Max(index.CodeSpecificity);
        // A family both sides name (errno, HTTP status, TS...) with no code in common: different errors.
        candidate.CodeConflict = candidate.Hit is null && entryCodes.Any(c =>
            codes.Any(q => q.Family == c.Family) && !shared.Any(x => x.Family == c.Family));
    }

    /// <summary>
    /// The idf-weighted share of a phrase's terms the text holds (<paramref name="total"/> is the
    /// phrase's idf sum). The words of an exception class both sides name are left out: the shared
    /// code already counts them, and counting them again would let "SomeError: anything" cover
    /// half of "SomeError: something else".
    /// </summary>
    private static double Coverage(double[] idf, TermWeights weights, int[] phrase, double total, HashSet<int>? counted, out double found)
    {
        found = 0;
        double kept = 0, keptFound = 0;
        foreach (var term in phrase)
        {
            var part = idf[term] * weights[term];
            found += part;
            if (counted is not null && !counted.Contains(term))
            {
                (kept, keptFound) = (kept + idf[term], keptFound + part);
            }
        }
        if (kept > 0)
        {
            // Otherwise the phrase is only the class name (or shares none): all of it is to be covered.
            (total, found) = (kept, keptFound);
        }
        return total == 0 ? 0 : found / total;
    }

    /// <summary>
    /// The terms of the exception classes an entry shares with the text that the text holds too;
    /// null when it shares none. A word of the entry's qualified name the text lacks (its package) still counts as missing.
    /// </summary>
    private static HashSet<int>? SharedClassTerms(TokenIndex tokens, TermWeights weights, EntryFacts facts, List<ErrorCode> shared)
    {
        HashSet<int>? terms = null;
        if (!facts.HasMessage)
        {
            // The class is all the signature says ("KeyError: 'name'"): its words are the ones to cover.
            return terms;
        }
        foreach (var code in shared)
        {
            if (code.Family == "exception" && facts.ClassWords.TryGetValue(code.Value, out var words))
            {
                terms ??= [];
                terms.UnionWith(words.Select(tokens.Term).Where(t => t >= 0 && weights[t] > 0));
            }
        }
        return terms;
    }

    /// <summary>
    /// The share of a sequence's adjacent term pairs that also stand side by side in the text, and
    /// how many do. Pairs inside a shared exception class's name are left out of the share, as in <see cref="Coverage"/>.
    /// </summary>
    private static (double Share, int Pairs) Phrase(QueryTerms query, TermWeights weights, int[] sequence, HashSet<int>? counted)
    {
        if (sequence.Length < 2)
        {
            return (sequence.Length == 1 && weights[sequence[0]] > 0 ? 1 : 0, 0);
        }
        int found = 0, kept = 0, keptFound = 0;
        for (var i = 1; i < sequence.Length; i++)
        {
            // A pair can stand in the text only when both its terms do: two array reads before a hash lookup.
            var here = weights[sequence[i]] > 0 && weights[sequence[i - 1]] > 0 && query.HasBigram(sequence[i - 1], sequence[i]) ? 1 : 0;
            found += here;
            if (counted is null || !counted.Contains(sequence[i - 1]) || !counted.Contains(sequence[i]))
            {
                (kept, keptFound) = (kept + 1, keptFound + here);
            }
        }
        return (kept == 0 ? (double)found / (sequence.Length - 1) : (double)keptFound / kept, found);
    }

    /// <summary>Fills in which of the entry's words the text holds and the line most of them sit on; run only for matches shown.</summary>
    public static void Explain(TokenIndex tokens, QueryTerms query, Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.BestPhrase is not { } phrase || candidate.Terms.Count > 0)
        {
            return;
        }
        var votes = new Dictionary<int, int>();
        foreach (var term in phrase)
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
