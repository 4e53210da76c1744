namespace Signpost.Storage;

/// <summary>
/// One "this workaround worked / failed for me" report, as stored. <see cref="Environment"/> is a
/// short label (the reporter's os, else runtime) used for the per-environment breakdown.
/// </summary>
public sealed record OutcomeReport(
    string EntryId,
    int Workaround,
    bool Worked,
    string? IdempotencyKey = null,
    string? Environment = null,
    string? EnvironmentJson = null,
    string? Note = null,
    string? Client = null);
