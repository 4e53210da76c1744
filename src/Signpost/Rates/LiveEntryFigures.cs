namespace Signpost.Rates;

/// <summary>
/// The figures an entry shows once reports are counted: fix rate (following its workarounds),
/// confidence (growing with evidence), evidence (authored sources + reports) and per-workaround rates.
/// </summary>
public sealed record LiveEntryFigures(
    string EntryId,
    double FixRate,
    double Confidence,
    long Evidence,
    long Reports,
    IReadOnlyList<WorkaroundFigures> Workarounds);
