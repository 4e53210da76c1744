using System.Net;
using System.Text.Json;

namespace Signpost.Web.Tests.Pages;

public sealed class EntryPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Seed = "/policy/github-actions-oidc-token-403-forbidden";
    private const string Hostile = "/webtest/hostile-markup-in-every-field";

    [Fact]
    public async Task Seed_entry_shows_every_element_of_the_seed_page_in_order()
    {
        var html = await site.CreateClient().GetStringAsync(Seed);

        PageText.AssertInOrder(PageText.Of(html), PageText.Expectation("seed-entry.en.txt"));
    }

    [Fact]
    public async Task Chinese_seed_entry_shows_the_same_elements_in_Chinese_in_order()
    {
        var html = await site.CreateClient().GetStringAsync("/zh" + Seed);

        Assert.Contains("<html lang=\"zh-Hans\">", html, StringComparison.Ordinal);
        PageText.AssertInOrder(PageText.Of(html), PageText.Expectation("seed-entry.zh.txt"));
    }

    [Fact]
    public async Task Entry_page_links_its_json_markdown_and_chinese_versions()
    {
        var html = await site.CreateClient().GetStringAsync(Seed);

        Assert.Contains($"href=\"{Seed}.json\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Seed}.md\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/zh{Seed}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost{Seed}\">", html, StringComparison.Ordinal);
        Assert.Contains("<script type=\"application/ld+json\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entry_json_is_the_entry_itself()
    {
        var response = await site.CreateClient().GetAsync(Seed + ".json");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Seed[1..], json.RootElement.GetProperty("id").GetString());
        Assert.Equal(0.85, json.RootElement.GetProperty("figures").GetProperty("fix_rate").GetDouble());
    }

    [Theory]
    [InlineData("", "Go to organization settings")]
    [InlineData("/zh", "前往组织设置")]
    public async Task Entry_markdown_is_in_the_language_of_its_path(string prefix, string workaround)
    {
        var response = await site.CreateClient().GetAsync(prefix + Seed + ".md");

        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.Contains("# Error: Failed to request OIDC token", markdown, StringComparison.Ordinal);
        Assert.Contains(workaround, markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entry_without_a_translation_says_so_and_shows_English()
    {
        var html = await site.CreateClient().GetStringAsync("/zh" + Hostile);

        Assert.Contains("此条目尚无中文翻译", html, StringComparison.Ordinal);
        Assert.Contains("<article class=\"entry\" lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("breaks the page if not encoded", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/zh")]
    public async Task Hostile_entry_text_is_encoded_everywhere(string prefix)
    {
        var html = await site.CreateClient().GetStringAsync(prefix + Hostile);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg onload", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<marquee>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</li></ol><script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#x27;sig&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_in_steps_get_a_copy_button()
    {
        var html = await site.CreateClient().GetStringAsync(Hostile);

        Assert.Contains("<code class=\"cmd\">echo &quot;&lt;done&gt;&quot; &amp;&amp; exit 0</code><button type=\"button\" class=\"copy\" hidden>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entry_page_offers_outcome_buttons_for_each_workaround_and_links_what_comes_next()
    {
        var html = await site.CreateClient().GetStringAsync(Hostile);

        Assert.Contains("<div class=\"outcome\" data-entry=\"webtest/hostile-markup-in-every-field\" data-workaround=\"0\" hidden>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Seed}\"", html, StringComparison.Ordinal);
        Assert.Contains("Last confirmed", html, StringComparison.Ordinal);
        Assert.Contains("2026-10-01", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entry_path_with_a_trailing_slash_redirects_to_the_entry()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(Seed + "/");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Seed, response.Headers.Location?.OriginalString);
    }
}
