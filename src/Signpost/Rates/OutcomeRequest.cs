namespace Signpost.Rates;

/// <summary>
/// A report as a client sends it: entry id, workaround index (0 for the first), worked or failed,
/// optional environment (os, runtime, product versions) and note, and the idempotency key that
/// makes a retry count once.
/// </summary>
public sealed record OutcomeRequest(
    string Entry,
    int Workaround,
    bool Worked,
    IReadOnlyDictionary<string, string>? Env = null,
    string? Note = null,
    string? IdempotencyKey = null,
    string? Client = null);
