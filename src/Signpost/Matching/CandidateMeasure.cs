namespace Signpost.Matching;

/// <summary>
/// Measures one candidate against the text: how much of its best phrase (signature or example)
/// the text covers, weighted by idf; what share of the text's weight that phrase accounts for;
/// how many of its adjacent word pairs stand side by side in the text; and the error codes both
/// sides name. Only the entry's terms the text holds are read more than once: each one adds its
/// part to every phrase that holds it (<see cref="EntryTerms.Places"/>).
/// </summary>
internal static class CandidateMeasure
{
    /// <summary>Entries with at most this many distinct terms are measured without allocating.</summary>
    private const int LocalTerms = 256;

    public static void Measure(MatchIndex index, QueryTerms query, TermWeights weights, IReadOnlyList<ErrorCode> codes, Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(candidate);
        var entry = index.Tokens.Entries[candidate.Entry];
        var entryCodes = index.Entries[candidate.Entry].Codes;
        var shared = Shared(entryCodes, codes);
        var terms = entry.Terms;
        var weight = terms.Length <= LocalTerms ? stackalloc double[terms.Length] : new double[terms.Length];
        entry.WeighIn(query, weights, weight);
        var counted = SharedClassTerms(index.Tokens, weights, index.Entries[candidate.Entry], shared, terms);
        var (coverage, bestPhrase, bestFound) = PhraseCoverage.Best(entry, index.Tokens.Idf, weight, counted);
        (candidate.Coverage, candidate.BestPhrase) = (Math.Max(0, coverage), bestPhrase);
        candidate.Precision = query.Total > 0 ? Math.Min(1, bestFound / query.Total) : 0;
        (candidate.Phrase, candidate.PhrasePairs) = PhrasePairs.Best(entry, query, weight, counted);
        if (entryCodes.Count == 0 || codes.Count == 0)
        {
            return;
        }
        candidate.SharedCodes = shared.Count;
        candidate.CodeSpecificity = shared.Count == 0 ? 0 : shared.Max(index.CodeSpecificity);
        candidate.CodeConflict = candidate.Hit is null && Conflicts(entryCodes, codes, shared);
    }

    private static readonly List<ErrorCode> None = [];

    /// <summary>The entry's codes the text names too (a list made only when there is one).</summary>
    private static List<ErrorCode> Shared(IReadOnlyList<ErrorCode> entryCodes, IReadOnlyList<ErrorCode> codes)
    {
        List<ErrorCode>? shared = null;
        if (codes.Count > 0)
        {
            foreach (var code in entryCodes)
            {
                if (codes.Contains(code))
                {
                    (shared ??= []).Add(code);
                }
            }
        }
        return shared ?? None;
    }

    /// <summary>A family both sides name (errno, HTTP status, TS...) with no code in common: different errors.</summary>
    private static bool Conflicts(IReadOnlyList<ErrorCode> entryCodes, IReadOnlyList<ErrorCode> codes, List<ErrorCode> shared)
    {
        foreach (var code in entryCodes)
        {
            if (Names(codes, code.Family) && !Names(shared, code.Family))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Names(IReadOnlyList<ErrorCode> codes, string family)
    {
        foreach (var code in codes)
        {
            if (code.Family == family)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Which of the entry's terms (by position) belong to the exception classes it shares with the
    /// text and the text holds too; null when it shares none. A word of the entry's qualified name
    /// the text lacks (its package) still counts as missing.
    /// </summary>
    private static bool[]? SharedClassTerms(TokenIndex tokens, TermWeights weights, EntryFacts facts, List<ErrorCode> shared, ReadOnlySpan<int> terms)
    {
        if (!facts.HasMessage)
        {
            // The class is all the signature says ("KeyError: 'name'"): its words are the ones to cover.
            return null;
        }
        bool[]? counted = null;
        foreach (var code in shared)
        {
            if (code.Family != "exception" || !facts.ClassWords.TryGetValue(code.Value, out var words))
            {
                continue;
            }
            counted ??= new bool[terms.Length];
            foreach (var word in words)
            {
                var term = tokens.Term(word);
                var at = term >= 0 && weights[term] > 0 ? terms.IndexOf(term) : -1;
                if (at >= 0)
                {
                    counted[at] = true;
                }
            }
        }
        return counted;
    }
}
