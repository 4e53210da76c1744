using Microsoft.AspNetCore.Http.HttpResults;
using Signpost.Browsing;

namespace Signpost.Web.Api;

/// <summary>GET /api/v1/search, /api/v1/domains and /api/v1/stats: finding one's way around the corpus.</summary>
public static class CorpusApi
{
    public const int MaxSearchLimit = 100;

    public static IEndpointRouteBuilder MapCorpusApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Corpus").RequireCors(ApiPolicies.Reads);
        group.MapGet("/search", Search)
            .WithName("Search").WithSummary("Keyword search over ids, titles, tags and root causes; error texts also go through the matcher.")
            .ProducesProblem(400);
        group.MapGet("/domains", (KnowledgeBase kb) => TypedResults.Ok(DomainList.Of(kb.Corpus)))
            .WithName("ListDomains").WithSummary("Every domain with its number of entries.");
        group.MapGet("/stats", (KnowledgeBase kb) => TypedResults.Ok(DomainStats.Of(null, kb.Corpus.All)))
            .WithName("Stats").WithSummary("Counts per domain, review status and category, and the share translated to Chinese.");
        return app;
    }

    private static Results<Ok<SearchResult>, ProblemHttpResult> Search(string? q, int? limit, KnowledgeBase kb)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return ApiProblems.Invalid("q is required: GET /api/v1/search?q=words+or+an+error+text.");
        }
        if (limit is < 1 or > MaxSearchLimit)
        {
            return ApiProblems.Invalid($"limit must be between 1 and {MaxSearchLimit}, not {limit}.");
        }
        return TypedResults.Ok(EntrySearch.Search(kb, q, limit ?? EntrySearch.DefaultLimit));
    }
}
