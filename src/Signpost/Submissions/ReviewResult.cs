using Signpost.Canons;
using Signpost.Storage;

namespace Signpost.Submissions;

/// <summary>What a review decision did, or why it could not be made.</summary>
public sealed record ReviewResult(ReviewOutcome Outcome, string Message, Submission? Submission = null, IReadOnlyList<LoadProblem>? Problems = null)
{
    public static ReviewResult Refused(ReviewOutcome outcome, string message, Submission? submission = null, IReadOnlyList<LoadProblem>? problems = null) =>
        new(outcome, message, submission, problems);
}

/// <summary>Hosts map these to statuses: done 200, not found 404, not pending / no folder / invalid 409, bad input 400.</summary>
public enum ReviewOutcome
{
    Done,
    NotFound,
    NotPending,
    NoCorpusFolder,
    Invalid,
    BadInput,
}
