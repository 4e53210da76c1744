namespace Signpost.Rates;

/// <summary>A workaround's rate among reports from one environment (shown only where n >= 5).</summary>
public sealed record EnvironmentFigures(string Environment, RateEstimate Estimate);
