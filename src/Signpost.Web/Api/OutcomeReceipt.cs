using Signpost.Rates;

namespace Signpost.Web.Api;

/// <summary>The answer to a stored report: its number, whether it was a retry, and the entry's live figures.</summary>
public sealed record OutcomeReceipt(long Id, bool Duplicate, string Entry, int Workaround, bool Worked, LiveEntryFigures Figures);
