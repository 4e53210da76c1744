using Microsoft.AspNetCore.Http.HttpResults;
using Signpost.Storage;
using Signpost.Submissions;

namespace Signpost.Web.Api;

/// <summary>
/// The reviewers' routes (Bearer reviewer key): list submissions, approve one (its entry file is
/// written to the corpus folder and served at once), reject one with a reason.
/// </summary>
public static class ReviewApi
{
    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/review/submissions").WithTags("Review")
            .AddEndpointFilter(ReviewerAuth.RequireAsync)
            .ProducesProblem(401).ProducesProblem(403);
        group.MapGet("/", ListAsync).WithName("ListSubmissions")
            .WithSummary("Submissions by status: pending (default), approved, rejected or all.").ProducesProblem(400);
        group.MapGet("/{n:long}", GetAsync).WithName("GetSubmission").WithSummary("One submission with its entry.").ProducesProblem(404);
        group.MapPost("/{n:long}/approve", ApproveAsync).WithName("ApproveSubmission")
            .WithSummary("Approve: the entry file is written into the corpus folder and served without a restart.")
            .ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{n:long}/reject", RejectAsync).WithName("RejectSubmission")
            .WithSummary("Reject with a reason, which is recorded.").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<Submission>>, ProblemHttpResult>> ListAsync(string? status, SubmissionService submissions, CancellationToken cancellationToken)
    {
        status ??= SubmissionStatuses.Pending;
        if (status != "all" && !SubmissionStatuses.All.Contains(status))
        {
            return ApiProblems.Invalid($"status must be one of {string.Join(", ", SubmissionStatuses.All)} or all, not '{status}'.");
        }
        return TypedResults.Ok(await submissions.ListAsync(status == "all" ? null : status, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<Submission>, ProblemHttpResult>> GetAsync(long n, StateStore store, CancellationToken cancellationToken) =>
        await store.FindSubmissionAsync(n, cancellationToken).ConfigureAwait(false) is { } submission
            ? TypedResults.Ok(submission)
            : TypedResults.Problem($"No submission {n}. List them with GET /api/v1/review/submissions?status=all.", statusCode: StatusCodes.Status404NotFound, title: "Unknown submission.");

    private static async Task<Results<Ok<Submission>, ProblemHttpResult>> ApproveAsync(long n, HttpContext http, SubmissionService submissions, CancellationToken cancellationToken) =>
        Answer(await submissions.ApproveAsync(n, ReviewerAuth.Reviewer(http), cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<Submission>, ProblemHttpResult>> RejectAsync(long n, RejectBody? body, HttpContext http, SubmissionService submissions, CancellationToken cancellationToken) =>
        Answer(await submissions.RejectAsync(n, ReviewerAuth.Reviewer(http), body?.Reason, cancellationToken).ConfigureAwait(false));

    private static Results<Ok<Submission>, ProblemHttpResult> Answer(ReviewResult result) => result.Outcome switch
    {
        ReviewOutcome.Done => TypedResults.Ok(result.Submission!),
        ReviewOutcome.NotFound => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound, title: "Unknown submission."),
        ReviewOutcome.BadInput => ApiProblems.Invalid(result.Message),
        ReviewOutcome.Invalid => TypedResults.Problem(
            result.Message + " " + string.Join("; ", result.Problems!.Select(p => $"{p.Path}: {p.Message}")),
            statusCode: StatusCodes.Status409Conflict, title: "The submission does not pass validation now."),
        _ => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict, title: "The submission cannot be decided."),
    };
}
