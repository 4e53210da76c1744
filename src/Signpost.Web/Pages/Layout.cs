namespace Signpost.Web.Pages;

/// <summary>The frame around every page: head with title, description, canonical and alternates; header; footer.</summary>
internal static class Layout
{
    public static string Document(PageContext ctx, PageMeta meta, Html main)
    {
        var t = ctx.Text;
        var page = Html.Of($"""
            <!doctype html>
            <html lang="{HtmlLang(ctx.Lang)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{meta.Title} · Signpost</title>
            <meta name="description" content="{meta.Description}">
            {Robots(meta)}{Languages(ctx, meta)}{Alternates(ctx, meta)}<link rel="icon" href="{ctx.HrefRaw(SiteAssets.Icon)}" type="image/svg+xml">
            <link rel="stylesheet" href="{ctx.HrefRaw(SiteAssets.Css)}">
            <script src="{ctx.HrefRaw(SiteAssets.Script)}" defer></script>
            {JsonLd(meta)}</head>
            <body>
            <a class="skip" href="#main">{t["skip_to_content"]}</a>
            <header class="site-header"><div class="wrap">
            <a class="brand" href="{ctx.Href("/")}"><img src="{ctx.HrefRaw(SiteAssets.Icon)}" alt="" width="24" height="24"> Signpost</a>
            <nav aria-label="{t["nav_label"]}">
            {Navigation(ctx)}{LanguageSwitch(ctx, meta)}
            </nav>
            </div></header>
            <main id="main" class="wrap">
            {main}
            </main>
            <footer class="site-footer"><div class="wrap">
            <p>{t["footer_about"]}</p>
            <p><a href="{ctx.HrefRaw("/llms.txt")}">llms.txt</a> · <a href="{ctx.Href("/dashboard")}">{t["nav_dashboard"]}</a> · <a href="{ctx.Href("/submit")}">{t["nav_submit"]}</a></p>
            </div></footer>
            </body>
            </html>
            """);
        return page.Value;
    }

    /// <summary>The value of a <c>lang</c> attribute for a site language.</summary>
    public static string HtmlLang(string lang) => lang == SiteText.Chinese ? "zh-Hans" : "en";

    private static Html Navigation(PageContext ctx)
    {
        var t = ctx.Text;
        var search = Html.When(ctx.IsLive, () => Html.Of($"""<a href="{ctx.Href("/search")}">{t["nav_search"]}</a>"""));
        return Html.Of($"""{search}<a href="{ctx.Href("/dashboard")}">{t["nav_dashboard"]}</a><a href="{ctx.Href("/submit")}">{t["nav_submit"]}</a>""");
    }

    private static Html LanguageSwitch(PageContext ctx, PageMeta meta)
    {
        var other = ctx.Text.Other;
        var path = meta.Path ?? "/";
        return Html.Of($"""<a class="lang-switch" href="{ctx.Links.Href(SiteLinks.InLang(path, other.Lang))}" lang="{HtmlLang(other.Lang)}" hreflang="{HtmlLang(other.Lang)}">{other["language_name"]}</a>""");
    }

    private static Html Robots(PageMeta meta) =>
        Html.When(meta.NoIndex, () => Html.Of($"<meta name=\"robots\" content=\"noindex\">\n"));

    private static Html Languages(PageContext ctx, PageMeta meta)
    {
        if (meta.Path is null)
        {
            return Html.Empty;
        }
        var canonical = ctx.Absolute(SiteLinks.InLang(meta.Path, ctx.Lang));
        var versions = SiteText.Languages.Select(l => Html.Of($"""<link rel="alternate" hreflang="{HtmlLang(l)}" href="{ctx.Absolute(SiteLinks.InLang(meta.Path, l))}">"""));
        return Html.Of($"""<link rel="canonical" href="{canonical}">{Html.NewLine}{Html.Join("\n", versions)}{Html.NewLine}""");
    }

    private static Html Alternates(PageContext ctx, PageMeta meta) =>
        Html.Join(meta.Alternates.Select(a => Html.Of($"""<link rel="alternate" type="{a.Type}" href="{ctx.HrefRaw(a.SitePath)}">{Html.NewLine}""")));

    private static Html JsonLd(PageMeta meta) =>
        Html.When(meta.JsonLd is not null, () => new Html($"<script type=\"application/ld+json\">{meta.JsonLd}</script>\n"));
}
