using Signpost.Canons;
using Signpost.Storage;

namespace Signpost.Rates;

/// <summary>
/// Turns an entry's authored figures and its report tallies into live figures: a Bayesian update
/// per workaround, the entry's fix rate moved by its best workaround, confidence growing with reports.
/// </summary>
public static class RateModel
{
    /// <summary>Reports an environment needs before its own rate is shown.</summary>
    public const int EnvironmentMinimum = 5;

    /// <summary>Reports at which confidence has closed half its gap to certainty.</summary>
    public const double ConfidenceHalfway = 20;

    public static LiveEntryFigures Compute(Canon canon, IReadOnlyList<OutcomeTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(canon);
        ArgumentNullException.ThrowIfNull(tallies);
        var strength = PriorStrength.Of(canon.Provenance.ReviewStatus);
        var workarounds = canon.Workarounds
            .Select((w, i) => Workaround(i, w.SuccessRate, strength, [.. tallies.Where(t => t.Workaround == i)]))
            .ToList();
        var reports = workarounds.Sum(w => w.Estimate.Reports);
        var authored = canon.Figures;
        var fixRate = workarounds.Count == 0
            ? authored.FixRate
            : Math.Clamp(authored.FixRate + workarounds.Max(w => w.Estimate.Rate) - workarounds.Max(w => w.AuthoredRate), 0, 1);
        var confidence = authored.Confidence + ((1 - authored.Confidence) * reports / (reports + ConfidenceHalfway));
        return new LiveEntryFigures(canon.Id, Math.Round(fixRate, 4), Math.Round(confidence, 4), authored.EvidenceCount + reports, reports, workarounds);
    }

    private static WorkaroundFigures Workaround(int index, double authored, double strength, List<OutcomeTally> tallies)
    {
        var estimate = RateEstimate.Update(authored, strength, tallies.Sum(t => t.Worked), tallies.Sum(t => t.Failed));
        var environments = tallies
            .Where(t => t.Environment is not null)
            .GroupBy(t => t.Environment!, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Worked: g.Sum(t => t.Worked), Failed: g.Sum(t => t.Failed)))
            .Where(e => e.Worked + e.Failed >= EnvironmentMinimum)
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => new EnvironmentFigures(e.Name, RateEstimate.Update(authored, strength, e.Worked, e.Failed)))
            .ToList();
        return new WorkaroundFigures(index, authored, estimate, environments);
    }
}
