using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Signpost.Web.Pages;

namespace Signpost.Web.Tests.Pages;

public sealed partial class SiteExportTests : IAsyncLifetime
{
    private readonly string _out = Directory.CreateTempSubdirectory("signpost-site-").FullName;
    private KnowledgeBase _kb = null!;

    public async Task InitializeAsync()
    {
        _kb = new KnowledgeBase(new CorpusSource([SiteFactory.RepositoryCorpus, SiteFactory.TestCorpus]));
        await SiteExport.WriteAsync(_kb.Current, _out, "https://signpost.example.org");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_out, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_static_file_server_over_the_export_serves_the_seed_entry_complete()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var server = builder.Build();
        server.UseFileServer(new FileServerOptions { FileProvider = new PhysicalFileProvider(_out) });
        await server.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(server.Urls.First()) };

        var english = await client.GetStringAsync("/policy/github-actions-oidc-token-403-forbidden/");
        var chinese = await client.GetStringAsync("/zh/policy/github-actions-oidc-token-403-forbidden/");

        PageText.AssertInOrder(PageText.Of(english), PageText.Expectation("seed-entry.en.txt"));
        PageText.AssertInOrder(PageText.Of(chinese), PageText.Expectation("seed-entry.zh.txt"));
        Assert.Contains("\"id\": \"policy/github-actions-oidc-token-403-forbidden\"", await client.GetStringAsync("/policy/github-actions-oidc-token-403-forbidden.json"), StringComparison.Ordinal);
        await server.StopAsync();
    }

    [Fact]
    public void Every_link_in_the_export_leads_to_a_file_of_the_export()
    {
        var broken = new List<string>();
        var pages = Directory.EnumerateFiles(_out, "*.html", SearchOption.AllDirectories).ToList();
        foreach (var page in pages)
        {
            foreach (Match link in Links().Matches(File.ReadAllText(page)))
            {
                var target = System.Net.WebUtility.HtmlDecode(link.Groups["url"].Value).Split('#')[0];
                if (target.Length == 0 || target.StartsWith("http", StringComparison.Ordinal))
                {
                    continue;
                }
                if (target.StartsWith('/') || !File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, target))))
                {
                    broken.Add($"{Path.GetRelativePath(_out, page)} -> {target}");
                }
            }
        }

        Assert.True(pages.Count > 4 * _kb.Corpus.Count / 2, $"only {pages.Count} pages were written");
        Assert.Empty(broken);
    }

    [Fact]
    public void Export_writes_both_languages_json_markdown_and_the_crawler_files()
    {
        foreach (var file in new[] { "index.html", "zh/index.html", "dashboard/index.html", "zh/dashboard/index.html", "policy/index.html",
            "zh/policy/github-actions-oidc-token-403-forbidden/index.html", "policy/github-actions-oidc-token-403-forbidden.md",
            "zh/policy/github-actions-oidc-token-403-forbidden.md", "404.html", "llms.txt", "robots.txt", "sitemap.xml" })
        {
            Assert.True(File.Exists(Path.Combine(_out, file)), $"{file} is missing from the export");
        }
        Assert.Contains("前往组织设置", File.ReadAllText(Path.Combine(_out, "zh/policy/github-actions-oidc-token-403-forbidden.md")), StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:href|src|action)=\"(?<url>[^\"]*)\"")]
    private static partial Regex Links();
}
