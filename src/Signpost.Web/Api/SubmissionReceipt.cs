namespace Signpost.Web.Api;

/// <summary>The answer to an accepted submission: its number, the entry id it proposes, and its status (pending).</summary>
public sealed record SubmissionReceipt(long Id, string Entry, string Kind, string Status);
