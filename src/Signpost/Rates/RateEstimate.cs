namespace Signpost.Rates;

/// <summary>A success rate after the reports: posterior mean, 90% interval, and the report counts behind it.</summary>
public sealed record RateEstimate(double Rate, double Low, double High, long Reports, long Worked, long Failed)
{
    /// <summary>The authored rate as prior (strength = reports it is worth) updated by the reports.</summary>
    public static RateEstimate Update(double authored, double strength, long worked, long failed)
    {
        // A prior of exactly 0 or 1 could never move; keep it just inside.
        var prior = Math.Clamp(authored, 0.01, 0.99);
        var beta = new BetaDistribution((prior * strength) + worked, ((1 - prior) * strength) + failed);
        var mean = worked + failed == 0 ? authored : beta.Mean;
        return new RateEstimate(Round(mean), Round(beta.Quantile(0.05)), Round(beta.Quantile(0.95)), worked + failed, worked, failed);
    }

    private static double Round(double x) => Math.Round(x, 4);
}
