namespace Signpost.Web.Pages;

/// <summary><c>/{domain}/</c>: every entry of one domain.</summary>
internal static class DomainPage
{
    public static string Render(PageContext ctx, string domain)
    {
        var t = ctx.Text;
        var entries = ctx.Corpus.InDomain(domain).ToList();
        var main = Html.Of($"""
            <nav class="crumbs" aria-label="{t["breadcrumbs"]}"><a href="{ctx.Href("/")}">Signpost</a> / <span>{domain}</span></nav>
            <h1>{t.Format("domain_title", domain)}</h1>
            <p>{t.Format("domain_count", entries.Count)}</p>
            {EntryList.Render(ctx, entries)}
            """);
        return Layout.Document(ctx, new PageMeta(t.Format("domain_title", domain), t.Format("domain_description", domain, entries.Count), SiteLinks.Domain(domain)), main);
    }
}
