namespace Signpost.Matching;

/// <summary>
/// Decides when to answer "no known entry", and turns scores into confidences. An answer needs a
/// high score, or a fair score that stands clear of the best rival (a candidate that is not a
/// sibling of the top one: same domain/slug or nearly the same signature). The thresholds come
/// from the calibration run of the quality runner (bench/Signpost.Benchmarks, "calibrate").
/// </summary>
internal static class Abstention
{
    public const double High = 0.60;
    public const double Low = 0.38;
    public const double Margin = 0.12;

    /// <summary>Matches after the first are kept while their score is at least this share of the first's.</summary>
    public const double Trail = 0.6;

    private const double Slope = 10;

    public static double Confidence(double score, double margin) =>
        1 / (1 + Math.Exp(-Slope * (score - Low + Math.Min(margin, 0.3) - Margin)));

    public static bool Answers(double score, double margin) => score >= High || (score >= Low && margin >= Margin);

    /// <summary>The top score minus the best score of a candidate that is not the top one's sibling.</summary>
    public static double MarginOf(IReadOnlyList<Candidate> ranked, Func<Candidate, Candidate, bool> siblings)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(siblings);
        if (ranked.Count == 0)
        {
            return 0;
        }
        var rival = ranked.Skip(1).FirstOrDefault(c => !siblings(ranked[0], c));
        return ranked[0].Score - (rival?.Score ?? 0);
    }
}
