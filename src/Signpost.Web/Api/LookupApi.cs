using Microsoft.AspNetCore.Http.HttpResults;

using Signpost.Matching;

namespace Signpost.Web.Api;

/// <summary>POST /api/v1/lookup and /api/v1/lookup/batch: find the known entries for error texts.</summary>
public static class LookupApi
{
    public const long SingleBodyLimit = 4L * 1024 * 1024;
    public const long BatchBodyLimit = 16L * 1024 * 1024;

    public static IEndpointRouteBuilder MapLookupApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/lookup").WithTags("Lookup").RequireCors(ApiPolicies.Reads).ProducesProblem(400).ProducesProblem(413);
        group.MapPost("/", Lookup)
            .WithName("Lookup").WithSummary("Find the known entries for an error text or a log.")
            .WithDescription("Ranked best first with the reason each matched; matches is empty when no known entry fits (abstention).")
            .WithMetadata(new BodyLimit(SingleBodyLimit));
        group.MapPost("/batch", Batch)
            .WithName("LookupBatch").WithSummary($"Up to {BatchLookupRequest.MaxItems} lookups in one request, results in order.")
            .WithMetadata(new BodyLimit(BatchBodyLimit));
        return app;
    }

    private static Results<Ok<MatchResult>, ProblemHttpResult> Lookup(LookupRequest request, KnowledgeBase kb)
    {
        if (request.Problem() is { } problem)
        {
            return ApiProblems.Invalid(problem);
        }
        return TypedResults.Ok(kb.Matcher.Match(request.Text!, request.ToOptions()));
    }

    private static Results<Ok<BatchLookupResponse>, ProblemHttpResult> Batch(BatchLookupRequest request, KnowledgeBase kb)
    {
        if (request.Problem() is { } problem)
        {
            return ApiProblems.Invalid(problem);
        }
        var matcher = kb.Matcher;
        return TypedResults.Ok(new BatchLookupResponse([.. request.Items!.Select(i => matcher.Match(i.Text!, i.ToOptions()))]));
    }
}
