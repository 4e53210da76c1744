namespace Signpost.Matching;

/// <summary>
/// Scores candidates from their evidence: how much of the entry's signature the text covers
/// (as words and as adjacent word pairs), whether and how specifically its pattern matched,
/// BM25 similarity, shared or conflicting error codes, the kind of line the evidence sits on,
/// and the environment's fit.
/// </summary>
internal static class Ranker
{
    private const double CoverageWeight = 0.35;
    private const double PhraseWeight = 0.15;
    private const double PatternWeight = 0.30;
    private const double SimilarityWeight = 0.10;
    private const double PrecisionWeight = 0.10;
    private const double CodeWeight = 0.15;
    private const double ConflictPenalty = 0.10;

    /// <summary>Breaks ties between near-duplicate entries in favour of the longer signature found word for word.</summary>
    private const double PairWeight = 0.01;
    private const int LongPhrase = 20;

    /// <summary>Pattern matches that spell out this many characters count as fully specific.</summary>
    private const double SpecificSpan = 30;

    public static void Score(List<Candidate> candidates, LogView log)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(log);
        var maxBm25 = candidates.Count == 0 ? 0 : candidates.Max(c => c.Bm25);
        foreach (var c in candidates)
        {
            var pattern = c.Hit is { } hit ? (0.4 + (0.6 * Math.Min(1, HitSpecificity.Chars(log, hit) / SpecificSpan))) * LineFactor(log, hit.LineIndex) : 0;
            // A text that holds the signature word for word is as strong as a pattern hit.
            var evidence = Math.Max(pattern, Math.Pow(c.Phrase * c.Coverage, 2));
            var similarity = maxBm25 > 0 ? c.Bm25 / maxBm25 : 0;
            var codes = (c.SharedCodes > 0 ? c.CodeSpecificity : 0) - (c.CodeConflict ? 1 : 0);
            (c.PatternPart, c.Similarity, c.CodesPart) = (pattern, similarity, codes);
            c.Score = (CoverageWeight * c.Coverage)
                + (PhraseWeight * c.Phrase)
                + (PrecisionWeight * c.Precision)
                + (PatternWeight * evidence)
                + (PairWeight * Math.Min(1, c.PhrasePairs / (double)LongPhrase))
                + (SimilarityWeight * similarity)
                + (CodeWeight * (c.SharedCodes > 0 ? c.CodeSpecificity : 0))
                - (ConflictPenalty * (c.CodeConflict ? 1 : 0))
                + c.EnvFit;
        }
    }

    private static double LineFactor(LogView log, int line) => log.Lines[line].Kind switch
    {
        LineKind.Error => 1.0,
        LineKind.Frame => 0.4,
        _ => log.HasErrorLines ? 0.7 : 1.0,
    };
}
