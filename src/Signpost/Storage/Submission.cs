namespace Signpost.Storage;

/// <summary>A proposed new entry or correction, with the review decision once made.</summary>
public sealed record Submission(
    long Id,
    string Kind,
    string EntryId,
    string EntryJson,
    string? Note,
    string Status,
    string? Reviewer,
    string? Reason,
    DateTimeOffset Created,
    DateTimeOffset? Decided);
