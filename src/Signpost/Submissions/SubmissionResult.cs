using Signpost.Canons;

namespace Signpost.Submissions;

/// <summary>A submission stored as pending (with its number), or refused with the problems found.</summary>
public sealed record SubmissionResult(long? Id, string? EntryId, IReadOnlyList<LoadProblem> Problems, bool Conflict = false)
{
    public bool Accepted => Id is not null;

    public string Message => Accepted
        ? $"Submission {Id} for '{EntryId}' is pending review."
        : string.Join("\n", Problems.Select(p => $"{p.Path}: {p.Message}"));
}
