using Signpost.Storage;

namespace Signpost.Rates;

/// <summary>What became of a report: stored (possibly as a duplicate of an earlier retry), or refused with a reason.</summary>
public sealed record OutcomeResult(OutcomeError Error, string Message, ReportReceipt? Receipt = null, LiveEntryFigures? Figures = null)
{
    public bool Stored => Error == OutcomeError.None;

    public static OutcomeResult Refused(OutcomeError error, string message) => new(error, message);
}

/// <summary>Why a report was refused; hosts map these to HTTP statuses (404, 400) or exit codes.</summary>
public enum OutcomeError
{
    None,
    UnknownEntry,
    BadWorkaround,
    BadInput,
}
