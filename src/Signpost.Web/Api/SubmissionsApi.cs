using Microsoft.AspNetCore.Http.HttpResults;
using Signpost.Canons;
using Signpost.Submissions;

namespace Signpost.Web.Api;

/// <summary>
/// POST /api/v1/submissions: anyone proposes a new entry, a correction, or (from the /submit form)
/// a draft. It is checked like the corpus and waits, pending, for a reviewer.
/// </summary>
public static class SubmissionsApi
{
    public static IEndpointRouteBuilder MapSubmissionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/submissions", SubmitAsync)
            .WithTags("Feedback").WithName("SubmitEntry")
            .WithSummary("Propose a new entry or a correction (validated like the corpus, then pending review).")
            .Accepts<SubmissionRequest>("application/json", "application/x-www-form-urlencoded")
            .RequireRateLimiting(ApiPolicies.Submissions)
            .ProducesProblem(400).ProducesProblem(429);
        return app;
    }

    private static async Task<Results<Accepted<SubmissionReceipt>, ProblemHttpResult>> SubmitAsync(HttpRequest request, SubmissionService submissions, CancellationToken cancellationToken)
    {
        var (body, problem) = await SubmissionBody.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return ApiProblems.Invalid(problem!);
        }
        var result = await submissions.SubmitAsync(body, cancellationToken).ConfigureAwait(false);
        if (!result.Accepted)
        {
            return Refused(result.Problems);
        }
        return TypedResults.Accepted($"/api/v1/review/submissions/{result.Id}", new SubmissionReceipt(result.Id!.Value, result.EntryId!, body.Kind, "pending"));
    }

    /// <summary>Each problem as "path: message", joined: what a refused submission is told, in the API and on the page.</summary>
    internal static string Describe(IReadOnlyList<LoadProblem> problems) => string.Join("; ", problems.Select(p => $"{p.Path}: {p.Message}"));

    internal static ProblemHttpResult Refused(IReadOnlyList<LoadProblem> problems) => TypedResults.Problem(
        "The entry does not pass validation: " + Describe(problems),
        statusCode: StatusCodes.Status400BadRequest,
        title: "The submission is not valid.",
        extensions: new Dictionary<string, object?> { ["problems"] = problems.Select(p => new { path = p.Path, message = p.Message }).ToList() });
}
