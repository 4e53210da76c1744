namespace Signpost.Matching;

/// <summary>
/// Decides when to answer "no known entry", and turns scores into confidences. The evidence for
/// an answer is the top score plus its margin over the best rival (a candidate that is not a
/// sibling of the top one: same domain/slug or nearly the same signature), so a fair score that
/// stands clear of the rest is worth as much as a high score among look-alikes. The bar is the
/// midpoint of the best range found by the quality runner's "calibrate" command on labeled queries.
/// </summary>
internal static class Abstention
{
    public const double Bar = 0.68;

    /// <summary>No answer below this score, however clear of its rivals.</summary>
    public const double Floor = 0.35;

    /// <summary>Matches after the first are kept while their score is at least this share of the first's.</summary>
    public const double Trail = 0.6;

    private const double Slope = 8;

    public static double Evidence(double score, double margin) => score + margin;

    public static double Confidence(double score, double margin) => 1 / (1 + Math.Exp(-Slope * (Evidence(score, margin) - Bar)));

    public static bool Answers(double score, double margin) => score >= Floor && Evidence(score, margin) >= Bar;

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
