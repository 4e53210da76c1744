namespace Signpost.Submissions;

/// <summary>
/// A proposed entry as a contributor sends it: <see cref="Kind"/> "new" or "correction", the entry
/// as Signpost JSON (the format of the corpus files), an optional note for the reviewer.
/// </summary>
public sealed record SubmissionRequest(string Kind, string EntryJson, string? Note = null, string? Client = null);
