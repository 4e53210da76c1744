namespace Signpost.Matching;

/// <summary>
/// Measures one candidate against the text: how much of its best phrase (signature or example)
/// the text covers, weighted by idf; what share of the text's weight that phrase accounts for;
/// how many of its adjacent word pairs stand side by side in the text; and the error codes both
/// sides name. Only the entry's terms the text holds are read more than once: each one adds its
/// part to every phrase that holds it (<see cref="EntryTerms.PhrasesHolding"/>).
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
        var shared = entryCodes.Count == 0 || codes.Count == 0 ? [] : entryCodes.Where(codes.Contains).ToList();
        // Each of the entry's terms read once: its weight in the text.
        var terms = entry.Terms;
        var weight = terms.Length <= LocalTerms ? stackalloc double[terms.Length] : new double[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            weight[i] = weights[terms[i]];
        }
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
        // A family both sides name (errno, HTTP status, TS...) with no code in common: different errors.
        candidate.CodeConflict = candidate.Hit is null && entryCodes.Any(c =>
            codes.Any(q => q.Family == c.Family) && !shared.Any(x => x.Family == c.Family));
    }

    /// <summary>
    /// Which of the entry's terms (by position) belong to the exception classes it shares with the
    /// text and the text holds too; null when it shares none. A word of the entry's qualified name
    /// the text lacks (its package) still counts as missing.
    /// </summary>
    private static bool[]? SharedClassTerms(TokenIndex tokens, TermWeights weights, EntryFacts facts, List<ErrorCode> shared, int[] terms)
    {
        HashSet<int>? classTerms = null;
        if (!facts.HasMessage)
        {
            // The class is all the signature says ("KeyError: 'name'"): its words are the ones to cover.
            return null;
        }
        foreach (var code in shared)
        {
            if (code.Family == "exception" && facts.ClassWords.TryGetValue(code.Value, out var words))
            {
                classTerms ??= [];
                classTerms.UnionWith(words.Select(tokens.Term).Where(t => t >= 0 && weights[t] > 0));
            }
        }
        return classTerms is null ? null : [.. terms.Select(classTerms.Contains)];
    }
}
