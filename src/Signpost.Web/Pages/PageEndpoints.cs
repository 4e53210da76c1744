using Signpost.Canons;
using Signpost.Rendering;

namespace Signpost.Web.Pages;

/// <summary>The web site's routes: the same pages in English at <c>/</c> and in Chinese under <c>/zh/</c>.</summary>
internal static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/{file}", (string file) => SiteAssets.ByPath.TryGetValue("/assets/" + file, out var asset)
            ? Results.Bytes(asset.Bytes, asset.ContentType)
            : Results.NotFound()).AddEndpointFilter(CacheForever);
        app.MapGet("/robots.txt", (HttpContext http, KnowledgeBase kb) => Results.Text(SiteIndexes.Robots(Context(http, kb, SiteText.English)), "text/plain; charset=utf-8"));
        app.MapGet("/llms.txt", (HttpContext http, KnowledgeBase kb) => Results.Text(SiteIndexes.LlmsTxt(Context(http, kb, SiteText.English)), "text/plain; charset=utf-8"));
        app.MapGet("/sitemap.xml", (HttpContext http, KnowledgeBase kb) => Results.Text(SiteIndexes.Sitemap(Context(http, kb, SiteText.English)), "application/xml; charset=utf-8"));
        MapLanguage(app, SiteText.English);
        MapLanguage(app.MapGroup("/zh"), SiteText.Chinese);
        return app;
    }

    /// <summary>The context of a page served live: this request's language, snapshot and address.</summary>
    public static PageContext Context(HttpContext http, KnowledgeBase kb, string lang) =>
        new(SiteText.For(lang), SiteLinks.Server, kb.Current, $"{http.Request.Scheme}://{http.Request.Host}");

    private static void MapLanguage(IEndpointRouteBuilder routes, string lang)
    {
        routes.MapGet("/", (HttpContext http, KnowledgeBase kb) => new HtmlPage(HomePage.Render(Context(http, kb, lang))));
        routes.MapPost("/lookup", (HttpContext http, KnowledgeBase kb) => LookupForm.HandleAsync(http, Context(http, kb, lang)));
        routes.MapGet("/lookup", () => Results.Redirect(SiteLinks.InLang("/", lang)));
        routes.MapGet("/search", (HttpContext http, KnowledgeBase kb, string? q) => new HtmlPage(SearchPage.Render(Context(http, kb, lang), q)));
        routes.MapGet("/dashboard", (HttpContext http, KnowledgeBase kb) => new HtmlPage(DashboardPage.Render(Context(http, kb, lang))));
        routes.MapGet("/submit", (HttpContext http, KnowledgeBase kb) => new HtmlPage(SubmitPage.Render(Context(http, kb, lang))));
        routes.MapPost("/submit", (HttpContext http, KnowledgeBase kb) => SubmitPage.HandleAsync(http, Context(http, kb, lang)))
            .RequireRateLimiting(Api.ApiPolicies.Submissions).DisableAntiforgery();
        routes.MapGet("/{**path}", (HttpContext http, KnowledgeBase kb, string? path) => ResolveAsync(http, Context(http, kb, lang), path ?? ""));
    }

    /// <summary>Entries, their JSON and Markdown, and domain pages share one address space under the root.</summary>
    private static async Task<IResult> ResolveAsync(HttpContext http, PageContext ctx, string path)
    {
        var corpus = ctx.Corpus;
        if (Alternate(path, ".json") is { } jsonId && corpus.Find(jsonId) is { } forJson)
        {
            return Results.Text(CanonJson.Write(forJson), "application/json; charset=utf-8");
        }
        if (Alternate(path, ".md") is { } mdId && corpus.Find(mdId) is { } forMarkdown)
        {
            return Results.Text(CanonMarkdown.Render(forMarkdown, ctx.Lang), "text/markdown; charset=utf-8");
        }
        var trimmed = path.TrimEnd('/');
        if (!trimmed.Contains('/', StringComparison.Ordinal) && corpus.Domains.Contains(trimmed))
        {
            return path.EndsWith('/')
                ? new HtmlPage(DomainPage.Render(ctx, trimmed))
                : Results.Redirect(ctx.Href(SiteLinks.Domain(trimmed)), permanent: true);
        }
        if (corpus.Find(trimmed) is { } canon)
        {
            return path.EndsWith('/')
                ? Results.Redirect(ctx.Href(SiteLinks.Entry(trimmed)), permanent: true)
                : new HtmlPage(EntryPage.Render(ctx, canon, await EntryFigures.ForAsync(http.RequestServices, canon, http.RequestAborted).ConfigureAwait(false)));
        }
        return new HtmlPage(NotFoundPage.Render(ctx, "/" + path), StatusCodes.Status404NotFound);
    }

    private static string? Alternate(string path, string extension) =>
        path.EndsWith(extension, StringComparison.Ordinal) ? path[..^extension.Length] : null;

    private static async ValueTask<object?> CacheForever(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return await next(context).ConfigureAwait(false);
    }
}
