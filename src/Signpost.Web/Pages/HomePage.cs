using System.Globalization;
using Signpost.Matching;

namespace Signpost.Web.Pages;

/// <summary>The home page: a large box to paste an error or a whole log, the results of a lookup, and the domains.</summary>
internal static class HomePage
{
    public static string Render(PageContext ctx, string? text = null, MatchResult? result = null, string? problem = null)
    {
        var t = ctx.Text;
        var main = Html.Of($"""
            <section class="hero">
            <h1>{t["home_title"]}</h1>
            <p class="lead">{t["home_lead"]}</p>
            {PasteBox(ctx, text, problem)}
            </section>
            {Html.When(result is not null, () => ResultCards.Render(ctx, result!))}
            {Domains(ctx)}
            """);
        var meta = new PageMeta(t["home_title"], t["home_lead"], "/") { NoIndex = text is not null || problem is not null };
        return Layout.Document(ctx, meta, main);
    }

    private static Html PasteBox(PageContext ctx, string? text, string? problem)
    {
        var t = ctx.Text;
        if (!ctx.IsLive)
        {
            return Html.Of($"""<p class="notice">{t["static_no_lookup"]}</p>""");
        }
        var error = problem is null ? Html.Empty : Html.Of($"""<p class="problem" role="alert" id="lookup-problem">{problem}</p>""");
        return Html.Of($"""
            <form class="paste" method="post" action="{ctx.Href("/lookup")}">
            <label for="text">{t["paste_label"]}</label>
            {error}<textarea id="text" name="text" rows="12" spellcheck="false" autocapitalize="off" required placeholder="{t["paste_placeholder"]}"{Html.When(problem is not null, () => new Html(" aria-describedby=\"lookup-problem\""))}>{text}</textarea>
            <div class="paste-actions"><button type="submit">{t["lookup_button"]}</button><span class="hint">{t["paste_hint"]}</span></div>
            </form>
            """);
    }

    private static Html Domains(PageContext ctx)
    {
        var corpus = ctx.Corpus;
        var items = corpus.Domains.Select(d => Html.Of($"""<li><a href="{ctx.Href(SiteLinks.Domain(d))}">{d}</a> <span class="count">{corpus.InDomain(d).Count().ToString(CultureInfo.InvariantCulture)}</span></li>"""));
        return Html.Of($"""
            <section aria-labelledby="domains"><h2 id="domains">{ctx.Text["browse_domains"]}</h2>
            <p>{ctx.Text.Format("corpus_size", corpus.Count, corpus.Domains.Count)}</p>
            <ul class="domains">{Html.Join(items)}</ul></section>
            """);
    }
}
