using System.Globalization;
using System.Security;
using System.Text;
using Signpost.Rendering;

namespace Signpost.Web.Pages;

/// <summary>The files for crawlers and agents: <c>robots.txt</c>, <c>sitemap.xml</c> and <c>llms.txt</c>.</summary>
internal static class SiteIndexes
{
    public static string Robots(PageContext ctx) =>
        $"User-agent: *\nAllow: /\nDisallow: /lookup\nDisallow: /zh/lookup\nDisallow: /search\nDisallow: /zh/search\n\nSitemap: {ctx.Absolute("/sitemap.xml")}\n";

    /// <summary>Every indexable page in both languages: home, dashboard, submit, domains, entries.</summary>
    public static IEnumerable<string> Paths(PageContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        string[] fixedPaths = ["/", "/dashboard", "/submit"];
        return fixedPaths
            .Concat(ctx.Corpus.Domains.Select(SiteLinks.Domain))
            .Concat(ctx.Corpus.All.Select(c => SiteLinks.Entry(c.Id)));
    }

    public static string Sitemap(PageContext ctx)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in Paths(ctx))
        {
            foreach (var lang in SiteText.Languages)
            {
                xml.Append("<url><loc>").Append(SecurityElement.Escape(ctx.Absolute(SiteLinks.InLang(path, lang)))).Append("</loc></url>\n");
            }
        }
        return xml.Append("</urlset>\n").ToString();
    }

    public static string LlmsTxt(PageContext ctx)
    {
        var corpus = ctx.Corpus;
        var text = new StringBuilder();
        text.Append("# Signpost\n\n> A structured failure knowledge base: paste an error or a whole log, get the known entry with its root cause, ")
            .Append("the workarounds that work (with success rates and steps), the dead ends that do not (with fail rates and why), ")
            .Append("affected versions and what error tends to come next.\n\n")
            .Append(CultureInfo.InvariantCulture, $"{corpus.Count} entries in {corpus.Domains.Count} domains, in English and Chinese (/zh/...).\n\n")
            .Append("## How to use\n\n")
            .Append(CultureInfo.InvariantCulture, $"- [Lookup API]({ctx.Absolute("/api/v1/lookup")}): POST {{\"text\": \"<error or log>\"}}, returns ranked matches with why they matched\n")
            .Append(CultureInfo.InvariantCulture, $"- [MCP server]({ctx.Absolute("/mcp")}): streamable HTTP; tools lookup_error, get_error_detail, search_errors\n")
            .Append("- Every entry page has JSON at /{id}.json and Markdown at /{id}.md\n\n");
        foreach (var domain in corpus.Domains)
        {
            text.Append(CultureInfo.InvariantCulture, $"## {domain}\n\n");
            foreach (var canon in corpus.InDomain(domain))
            {
                text.Append(CultureInfo.InvariantCulture, $"- [{OneLine(canon.Signature)}]({ctx.Absolute($"/{canon.Id}.md")}): fix rate {Percent.Of(canon.Figures.FixRate)}\n");
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string OneLine(string text) =>
        text.ReplaceLineEndings(" ").Replace("[", "(", StringComparison.Ordinal).Replace("]", ")", StringComparison.Ordinal);
}
