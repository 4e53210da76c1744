using Signpost.Canons;
using Signpost.Storage;

namespace Signpost.Submissions;

/// <summary>
/// Submissions from every surface (API, MCP <c>submit_error</c>, the /submit form) and their review:
/// a valid submission waits as pending; approving writes the entry file into the corpus folder
/// and reloads the knowledge base; rejecting records the reason.
/// </summary>
public sealed class SubmissionService(KnowledgeBase knowledge, StateStore store, ApprovedEntries approved)
{
    public async Task<SubmissionResult> SubmitAsync(SubmissionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (canon, problems) = SubmissionValidator.Check(request, knowledge.Corpus);
        if (canon is null)
        {
            return new SubmissionResult(null, null, problems);
        }
        var id = await store.AddSubmissionAsync(request.Kind, canon.Id, CanonJson.Write(canon), request.Note, request.Client, cancellationToken).ConfigureAwait(false);
        return new SubmissionResult(id, canon.Id, []);
    }

    public Task<IReadOnlyList<Submission>> ListAsync(string? status = SubmissionStatuses.Pending, CancellationToken cancellationToken = default) =>
        store.ListSubmissionsAsync(status, cancellationToken);

    /// <summary>The reviewer a key belongs to, or null for an unknown key.</summary>
    public Task<string?> ReviewerAsync(string key, CancellationToken cancellationToken = default) =>
        store.FindReviewerAsync(ReviewerKeys.Hash(key), cancellationToken);

    public async Task<ReviewResult> ApproveAsync(long id, string reviewer, CancellationToken cancellationToken = default)
    {
        var submission = await store.FindSubmissionAsync(id, cancellationToken).ConfigureAwait(false);
        if (Undecidable(id, submission) is { } refused)
        {
            return refused;
        }
        if (knowledge.Source.WritableDirectory is null)
        {
            return ReviewResult.Refused(ReviewOutcome.NoCorpusFolder, "This server reads the built-in corpus, so an approved entry has no folder to go to. Start it with `signpost serve --corpus DIR`.", submission);
        }
        // The corpus may have moved since the submission: check again before it goes in.
        var (canon, problems) = SubmissionValidator.Check(new SubmissionRequest(submission!.Kind, submission.EntryJson), knowledge.Corpus);
        if (canon is null)
        {
            return ReviewResult.Refused(ReviewOutcome.Invalid, "The submission no longer passes validation; reject it with the reason.", submission, problems);
        }
        if (!await store.DecideAsync(id, SubmissionStatuses.Approved, reviewer, null, cancellationToken).ConfigureAwait(false))
        {
            return ReviewResult.Refused(ReviewOutcome.NotPending, $"Submission {id} was decided by someone else meanwhile.");
        }
        var decided = await store.FindSubmissionAsync(id, cancellationToken).ConfigureAwait(false);
        var file = approved.Apply(decided!);
        return new ReviewResult(ReviewOutcome.Done, $"Approved: '{canon.Id}' written to {file} and live.", decided);
    }

    public async Task<ReviewResult> RejectAsync(long id, string reviewer, string? reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 2000)
        {
            return ReviewResult.Refused(ReviewOutcome.BadInput, "A rejection needs a reason (at most 2000 characters), e.g. {\"reason\": \"duplicate of python/module-not-found\"}.");
        }
        var submission = await store.FindSubmissionAsync(id, cancellationToken).ConfigureAwait(false);
        if (Undecidable(id, submission) is { } refused)
        {
            return refused;
        }
        if (!await store.DecideAsync(id, SubmissionStatuses.Rejected, reviewer, reason.Trim(), cancellationToken).ConfigureAwait(false))
        {
            return ReviewResult.Refused(ReviewOutcome.NotPending, $"Submission {id} was decided by someone else meanwhile.");
        }
        return new ReviewResult(ReviewOutcome.Done, "Rejected; the reason is recorded.", await store.FindSubmissionAsync(id, cancellationToken).ConfigureAwait(false));
    }

    private static ReviewResult? Undecidable(long id, Submission? submission) => submission switch
    {
        null => ReviewResult.Refused(ReviewOutcome.NotFound, $"No submission {id}. List pending ones with GET /api/v1/review/submissions."),
        { Status: not SubmissionStatuses.Pending } => ReviewResult.Refused(ReviewOutcome.NotPending, $"Submission {id} is already {submission.Status} (by {submission.Reviewer}).", submission),
        _ => null,
    };
}
