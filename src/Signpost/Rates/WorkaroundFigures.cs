namespace Signpost.Rates;

/// <summary>One workaround's live figures: authored rate, the updated estimate, and the per-environment breakdown.</summary>
public sealed record WorkaroundFigures(int Index, double AuthoredRate, RateEstimate Estimate, IReadOnlyList<EnvironmentFigures> Environments);
