namespace Signpost.Matching;

/// <summary>
/// Decides when to answer "no known entry", and turns scores into confidences. The evidence for
/// an answer is the top score plus its margin over the best rival (a candidate that is not a
/// sibling of the top one: same domain/slug or nearly the same signature), so a fair score that
/// stands clear of the rest is worth as much as a high score among look-alikes. The bar is the
/// midpoint of the best range found by the quality runner's "calibrate" command on labeled queries:
/// re-calibrated when rivals stopped counting if discounted (see <see cref="Discounted"/>) and shared
/// exception classes stopped counting twice, on the dev queries and the anchor corpus: (0.517, 0.698].
/// </summary>
internal static class Abstention
{
    public const double Bar = 0.61;

    /// <summary>No answer below this score, however clear of its rivals.</summary>
    public const double Floor = 0.35;

    /// <summary>Matches after the first are kept while their score is at least this share of the first's.</summary>
    public const double Trail = 0.6;

    private const double Slope = 8;

    public static double Evidence(double score, double margin) => score + margin;

    public static double Confidence(double score, double margin) => 1 / (1 + Math.Exp(-Slope * (Evidence(score, margin) - Bar)));

    public static bool Answers(double score, double margin) => score >= Floor && Evidence(score, margin) >= Bar;

    /// <summary>The top score minus the best score of a rival: a candidate that is neither the top one's sibling nor <see cref="Discounted"/>.</summary>
    public static double MarginOf(IReadOnlyList<Candidate> ranked, Func<Candidate, Candidate, bool> siblings)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(siblings);
        if (ranked.Count == 0)
        {
            return 0;
        }
        var rival = ranked.Skip(1).FirstOrDefault(c => !siblings(ranked[0], c) && !Discounted(ranked[0], c));
        return ranked[0].Score - (rival?.Score ?? 0);
    }

    /// <summary>
    /// A candidate is no real alternative to the top one when the text contradicts it (it names
    /// another code of a family the text names), or when its pattern matched only part of what the
    /// top one's pattern matched on the same line: it is a more generic reading of the same words.
    /// </summary>
    internal static bool Discounted(Candidate top, Candidate other)
    {
        ArgumentNullException.ThrowIfNull(top);
        ArgumentNullException.ThrowIfNull(other);
        if (other.CodeConflict)
        {
            return true;
        }
        return top.Hit is { } wide && other.Hit is { } narrow && wide.LineIndex == narrow.LineIndex
            && narrow.Length < wide.Length && narrow.Start >= wide.Start && narrow.Start + narrow.Length <= wide.Start + wide.Length;
    }
}
