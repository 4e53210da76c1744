using System.Text;
using Signpost.Canons;
using Signpost.Rendering;

namespace Signpost.Web.Pages;

/// <summary>
/// Writes the site as static files: every page in both languages as <c>path/index.html</c> with
/// relative links, each entry's JSON and Markdown, the assets, and the crawler files, so any
/// static host (or a folder opened from disk) serves it.
/// </summary>
public static class SiteExport
{
    /// <summary>Writes the site under <paramref name="outDir"/>; returns how many files were written.</summary>
    public static async Task<int> WriteAsync(KnowledgeBase.Snapshot snapshot, string outDir, string baseUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var files = 0;
        async Task Write(string sitePath, string content)
        {
            await WriteFileAsync(outDir, SiteLinks.FileFor(sitePath), Encoding.UTF8.GetBytes(content), cancellationToken).ConfigureAwait(false);
            files++;
        }
        foreach (var asset in SiteAssets.ByPath.Values)
        {
            await WriteFileAsync(outDir, asset.SitePath.TrimStart('/'), asset.Bytes, cancellationToken).ConfigureAwait(false);
            files++;
        }
        foreach (var lang in SiteText.Languages)
        {
            PageContext At(string path) => new(SiteText.For(lang), SiteLinks.StaticFrom(SiteLinks.InLang(path, lang)), snapshot, baseUrl);
            await Write(SiteLinks.InLang("/", lang), HomePage.Render(At("/"))).ConfigureAwait(false);
            await Write(SiteLinks.InLang("/dashboard", lang), DashboardPage.Render(At("/dashboard"))).ConfigureAwait(false);
            await Write(SiteLinks.InLang("/submit", lang), SubmitPage.Render(At("/submit"))).ConfigureAwait(false);
            foreach (var domain in snapshot.Corpus.Domains)
            {
                await Write(SiteLinks.InLang(SiteLinks.Domain(domain), lang), DomainPage.Render(At(SiteLinks.Domain(domain)), domain)).ConfigureAwait(false);
            }
            foreach (var canon in snapshot.Corpus.All)
            {
                var path = SiteLinks.Entry(canon.Id);
                await Write(SiteLinks.InLang(path, lang), EntryPage.Render(At(path), canon, EntryFigures.Authored(canon))).ConfigureAwait(false);
                await Write(EntryPage.MarkdownPath(canon.Id, lang), CanonMarkdown.Render(canon, lang)).ConfigureAwait(false);
            }
        }
        var root = new PageContext(SiteText.For(SiteText.English), SiteLinks.StaticFrom("/"), snapshot, baseUrl);
        foreach (var canon in snapshot.Corpus.All)
        {
            await Write($"/{canon.Id}.json", CanonJson.Write(canon)).ConfigureAwait(false);
        }
        await Write("/404.html", NotFoundPage.Render(root with { Links = SiteLinks.StaticFrom("/404.html") }, "/")).ConfigureAwait(false);
        await Write("/llms.txt", SiteIndexes.LlmsTxt(root)).ConfigureAwait(false);
        await Write("/robots.txt", SiteIndexes.Robots(root)).ConfigureAwait(false);
        if (baseUrl.Length > 0)
        {
            await Write("/sitemap.xml", SiteIndexes.Sitemap(root)).ConfigureAwait(false);
        }
        return files;
    }

    private static async Task WriteFileAsync(string outDir, string relative, byte[] bytes, CancellationToken cancellationToken)
    {
        var path = Path.Combine(outDir, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
    }
}
