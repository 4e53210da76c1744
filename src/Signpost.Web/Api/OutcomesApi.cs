using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Signpost.Rates;

namespace Signpost.Web.Api;

/// <summary>
/// POST /api/v1/outcomes: "this workaround worked / failed for me". Stored durably before the 2xx;
/// a retry with the same Idempotency-Key is stored once (201 the first time, 200 after).
/// </summary>
public static class OutcomesApi
{
    public static IEndpointRouteBuilder MapOutcomesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/outcomes", ReportAsync)
            .WithTags("Feedback").WithName("ReportOutcome")
            .WithSummary("Report whether a workaround worked; send an Idempotency-Key so a retry counts once.")
            .RequireRateLimiting(ApiPolicies.Writes)
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(429);
        return app;
    }

    private static async Task<Results<Created<OutcomeReceipt>, Ok<OutcomeReceipt>, ProblemHttpResult>> ReportAsync(
        OutcomeBody body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, OutcomeService outcomes, CancellationToken cancellationToken)
    {
        if (body.Workaround is not { } workaround || body.Worked is not { } worked)
        {
            return ApiProblems.Invalid("'workaround' (the workaround's index, 0 for the first) and 'worked' (true or false) are required, e.g. {\"entry\": \"policy/github-actions-oidc-token-403-forbidden\", \"workaround\": 0, \"worked\": true}.");
        }
        var result = await outcomes.ReportAsync(new OutcomeRequest(body.Entry ?? "", workaround, worked, body.Env, body.Note, idempotencyKey), cancellationToken).ConfigureAwait(false);
        if (!result.Stored)
        {
            return result.Error == OutcomeError.UnknownEntry
                ? TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound, title: "Unknown entry.")
                : ApiProblems.Invalid(result.Message);
        }
        var receipt = new OutcomeReceipt(result.Receipt!.Id, result.Receipt.Duplicate, result.Figures!.EntryId, workaround, worked, result.Figures);
        return receipt.Duplicate ? TypedResults.Ok(receipt) : TypedResults.Created((string?)null, receipt);
    }
}
