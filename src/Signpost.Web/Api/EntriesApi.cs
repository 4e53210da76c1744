using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Signpost.Browsing;
using Signpost.Rates;

namespace Signpost.Web.Api;

/// <summary>
/// GET /api/v1/entries (filter and page), /api/v1/entries/{id} (?lang=zh) and
/// /api/v1/entries/{id}/chain. Ids have two or three segments, so each route comes in both forms.
/// </summary>
public static class EntriesApi
{
    public static IEndpointRouteBuilder MapEntriesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/entries").WithTags("Entries").RequireCors(ApiPolicies.Reads).ProducesProblem(400);
        group.MapGet("/", List)
            .WithName("ListEntries").WithSummary("List entries, filtered by domain, tag and review status, a page at a time.");
        group.MapGet("/{domain}/{slug}/{env?}", Get)
            .WithName("GetEntry").WithSummary("One entry: root cause, workarounds, dead ends, versions, transitions; ?lang=zh for Chinese.")
            .ProducesProblem(404);
        group.MapGet("/{domain}/{slug}/chain", (string domain, string slug, int? depth, KnowledgeBase kb) => Chain($"{domain}/{slug}", depth, kb))
            .WithName("GetEntryChain").WithSummary("What tends to follow and precede the error, up to depth steps (1..5, default 2).")
            .ProducesProblem(404);
        group.MapGet("/{domain}/{slug}/{env}/chain", (string domain, string slug, string env, int? depth, KnowledgeBase kb) => Chain($"{domain}/{slug}/{env}", depth, kb))
            .WithName("GetEnvEntryChain").WithSummary("The chain of an environment-specific entry (id domain/slug/env).")
            .ProducesProblem(404);
        return app;
    }

    private static Results<Ok<EntryPage>, ProblemHttpResult> List(string? domain, string? tag, string? status, int? page, [FromQuery(Name = "page_size")] int? pageSize, KnowledgeBase kb)
    {
        var query = new EntryQuery { Domain = domain, Tag = tag, Status = status, Page = page ?? 1, PageSize = pageSize ?? EntryQuery.DefaultPageSize };
        return query.Problem() is { } problem ? ApiProblems.Invalid(problem) : TypedResults.Ok(query.Run(kb.Corpus));
    }

    private static async Task<Results<Ok<EntryDocument>, ProblemHttpResult>> Get(string domain, string slug, string? env, string? lang, KnowledgeBase kb, IServiceProvider services, CancellationToken cancellationToken)
    {
        var id = env is null ? $"{domain}/{slug}" : $"{domain}/{slug}/{env}";
        lang ??= "en";
        if (lang is not ("en" or "zh"))
        {
            return ApiProblems.Invalid($"lang must be 'en' or 'zh', not '{lang}'.");
        }
        if (kb.Corpus.Find(id) is not { } canon)
        {
            return ApiProblems.UnknownEntry(id);
        }
        return TypedResults.Ok(await EntryDocument.OfAsync(canon, lang, services.GetService<LiveFigures>(), cancellationToken).ConfigureAwait(false));
    }

    private static Results<Ok<EntryChain>, ProblemHttpResult> Chain(string id, int? depth, KnowledgeBase kb)
    {
        if (depth is < 1 or > EntryChain.MaxDepth)
        {
            return ApiProblems.Invalid($"depth must be between 1 and {EntryChain.MaxDepth}, not {depth}.");
        }
        var corpus = kb.Corpus;
        return corpus.Find(id) is { } canon
            ? TypedResults.Ok(EntryChain.Walk(corpus, canon, depth ?? EntryChain.DefaultDepth))
            : ApiProblems.UnknownEntry(id);
    }
}
