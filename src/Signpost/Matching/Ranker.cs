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
    private const double CodeWeight = 0.15;
    private const double ConflictPenalty = 0.10;

    /// <summary>Pattern matches this long (in characters) count as fully specific.</summary>
    private const double SpecificSpan = 30;

    public static void Score(List<Candidate> candidates, LogView log)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(log);
        var maxBm25 = candidates.Count == 0 ? 0 : candidates.Max(c => c.Bm25);
        foreach (var c in candidates)
        {
            var pattern = c.Hit is { } hit ? (0.4 + (0.6 * Math.Min(1, hit.Length / SpecificSpan))) * LineFactor(log, hit.LineIndex) : 0;
            var similarity = maxBm25 > 0 ? c.Bm25 / maxBm25 : 0;
            var codes = c.SharedCodes > 0 ? c.CodeSpecificity : c.CodeConflict ? -1 : 0;
            c.Parts["coverage"] = Math.Round(c.Coverage, 4);
            c.Parts["phrase"] = Math.Round(c.Phrase, 4);
            c.Parts["pattern"] = Math.Round(pattern, 4);
            c.Parts["similarity"] = Math.Round(similarity, 4);
            c.Parts["codes"] = Math.Round(codes, 4);
            c.Parts["env"] = Math.Round(c.EnvFit, 4);
            c.Score = (CoverageWeight * c.Coverage)
                + (PhraseWeight * c.Phrase)
                + (PatternWeight * pattern)
                + (SimilarityWeight * similarity)
                + (codes > 0 ? CodeWeight * codes : ConflictPenalty * codes)
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
