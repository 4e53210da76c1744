namespace Signpost.Web.Pages;

/// <summary><c>/search?q=</c>: a search box and the entries found.</summary>
internal static class SearchPage
{
    public static string Render(PageContext ctx, string? query)
    {
        var t = ctx.Text;
        var q = (query ?? "").Trim();
        var found = q.Length == 0 ? [] : SiteSearch.Find(ctx.Snapshot, q);
        var results = q.Length == 0 ? Html.Empty
            : found.Count == 0 ? Html.Of($"""<div class="no-match"><p><strong>{t.Format("search_none", q)}</strong></p><p>{t["search_none_hint"]} <a href="{ctx.Href("/")}">{t["paste_instead"]}</a> · <a href="{ctx.Href("/submit")}">{t["submit_link"]}</a></p></div>""")
            : Html.Of($"""<p>{t.Format("search_count", found.Count, q)}</p>{EntryList.Render(ctx, found)}""");
        var main = Html.Of($"""
            <h1>{t["search_title"]}</h1>
            {Form(ctx, q)}
            <section aria-live="polite">{results}</section>
            """);
        return Layout.Document(ctx, new PageMeta(q.Length == 0 ? t["search_title"] : $"{q} · {t["search_title"]}", t["search_description"], "/search") { NoIndex = q.Length > 0 }, main);
    }

    public static Html Form(PageContext ctx, string query) => Html.Of($"""
        <form class="search" method="get" action="{ctx.Href("/search")}" role="search">
        <label for="q" class="visually-hidden">{ctx.Text["search_title"]}</label>
        <input id="q" name="q" type="search" value="{query}" placeholder="{ctx.Text["search_placeholder"]}" maxlength="500">
        <button type="submit">{ctx.Text["search_button"]}</button>
        </form>
        """);
}
