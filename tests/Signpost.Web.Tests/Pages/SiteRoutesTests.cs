using System.Net;
using System.Xml.Linq;

namespace Signpost.Web.Tests.Pages;

public sealed class SiteRoutesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static TheoryData<string> Pages => new()
    {
        "/", "/policy/", "/policy/github-actions-oidc-token-403-forbidden", "/search", "/search?q=oidc", "/dashboard", "/submit",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_is_served_in_English_and_Chinese_with_a_strict_policy(string path)
    {
        foreach (var (prefix, lang) in new[] { ("", "en"), ("/zh", "zh-Hans") })
        {
            var response = await site.CreateClient().GetAsync(prefix + path);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
            Assert.DoesNotMatch("<script>|<script (?!src=|type=\"application/ld\\+json\")", html);
        }
    }

    [Fact]
    public async Task Domain_without_a_slash_redirects_to_the_domain_page()
    {
        var response = await site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/zh/policy");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/zh/policy/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Domain_page_lists_its_entries()
    {
        var html = await site.CreateClient().GetStringAsync("/policy/");

        Assert.Contains("href=\"/policy/github-actions-oidc-token-403-forbidden\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("webtest/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_finds_the_seed_by_words()
    {
        var html = await site.CreateClient().GetStringAsync("/search?q=oidc%20token");

        Assert.Contains("href=\"/policy/github-actions-oidc-token-403-forbidden\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_for_markup_is_encoded_and_says_nothing_was_found()
    {
        var html = await site.CreateClient().GetStringAsync("/search?q=%3Cscript%3Enothing-here%3C%2Fscript%3E");

        Assert.Contains("Nothing found for &quot;&lt;script&gt;nothing-here&lt;/script&gt;&quot;.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_draws_its_charts_as_svg_on_the_server()
    {
        var html = await site.CreateClient().GetStringAsync("/dashboard");

        Assert.Equal(6, html.Split("<svg viewBox=").Length - 1);
        foreach (var chart in new[] { "Entries per domain", "Fix rate distribution", "Confidence distribution", "Evidence per entry", "Review status", "Freshness" })
        {
            Assert.Contains(chart, html, StringComparison.Ordinal);
        }
        Assert.Contains("<th scope=\"row\">policy</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_page_posts_to_itself_without_script_and_to_the_submissions_api_with_it()
    {
        var html = await site.CreateClient().GetStringAsync("/submit");

        Assert.Contains("action=\"/submit\"", html, StringComparison.Ordinal);
        Assert.Contains("data-api=\"/api/v1/submissions\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"signature\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/policy/github-actions-oidc-token-403", "github-actions-oidc-token-403-forbidden")]
    [InlineData("/zh/no-such-domain/", "页面不存在")]
    [InlineData("/policy/unknown.json", "Page not found")]
    public async Task Unknown_page_is_a_404_that_helps(string path, string expected)
    {
        var response = await site.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains("role=\"search\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemap_lists_every_entry_in_both_languages()
    {
        var xml = XDocument.Parse(await site.CreateClient().GetStringAsync("/sitemap.xml"));

        var locations = xml.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(l => l.Value).ToList();
        Assert.Contains("http://localhost/policy/github-actions-oidc-token-403-forbidden", locations);
        Assert.Contains("http://localhost/zh/policy/github-actions-oidc-token-403-forbidden", locations);
        Assert.Contains("http://localhost/zh/dashboard", locations);
    }

    [Fact]
    public async Task Robots_points_to_the_sitemap_and_keeps_lookups_out()
    {
        var robots = await site.CreateClient().GetStringAsync("/robots.txt");

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /lookup", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Llms_txt_lists_entries_with_their_markdown()
    {
        var text = await site.CreateClient().GetStringAsync("/llms.txt");

        Assert.StartsWith("# Signpost", text, StringComparison.Ordinal);
        Assert.Contains("(http://localhost/policy/github-actions-oidc-token-403-forbidden.md)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assets_have_hashed_names_and_are_cached_for_good()
    {
        var html = await site.CreateClient().GetStringAsync("/");
        var css = System.Text.RegularExpressions.Regex.Match(html, "/assets/site\\.[0-9a-f]{10}\\.css").Value;

        var response = await site.CreateClient().GetAsync(css);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/assets/site.0000000000.css")).StatusCode);
    }
}
