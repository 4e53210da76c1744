using System.Net;

namespace Signpost.Web.Tests.Pages;

public sealed class LookupFormTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string CiLog = """
        2026-11-20T10:00:01.0000000Z ##[group]Run aws-actions/configure-aws-credentials@v4
        2026-11-20T10:00:02.0000000Z with:
        2026-11-20T10:00:02.1000000Z   role-to-assume: arn:aws:iam::123456789012:role/deploy
        2026-11-20T10:00:03.0000000Z ##[error]Error: Failed to request OIDC token: 403 Forbidden. The workflow is not allowed to request an OIDC token for this organization
        2026-11-20T10:00:03.5000000Z ##[error]Process completed with exit code 1.
        """;

    private static FormUrlEncodedContent Form(string text) => new([new("text", text)]);

    [Fact]
    public async Task Home_page_has_a_paste_box_that_posts_to_lookup()
    {
        var html = await site.CreateClient().GetStringAsync("/");

        Assert.Contains("<form class=\"paste\" method=\"post\" action=\"/lookup\">", html, StringComparison.Ordinal);
        Assert.Contains("<textarea id=\"text\" name=\"text\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pasted_CI_log_finds_the_seed_entry_and_says_why()
    {
        var response = await site.CreateClient().PostAsync("/lookup", Form(CiLog));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<li class=\"card\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/policy/github-actions-oidc-token-403-forbidden\"", html, StringComparison.Ordinal);
        Assert.Contains("Why it matched:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chinese_lookup_answers_in_Chinese_with_Chinese_links()
    {
        var html = await (await site.CreateClient().PostAsync("/zh/lookup", Form(CiLog))).Content.ReadAsStringAsync();

        Assert.Contains("匹配原因", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/zh/policy/github-actions-oidc-token-403-forbidden\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_no_entry_knows_answers_plainly_with_a_link_to_submit()
    {
        var html = await (await site.CreateClient().PostAsync("/lookup", Form("qqq zzz xyzzy plugh"))).Content.ReadAsStringAsync();

        Assert.Contains("No known entry for this text.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/submit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_paste_is_refused_with_a_clear_message()
    {
        var response = await site.CreateClient().PostAsync("/lookup", Form("   "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The box was empty", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_over_one_MiB_is_refused_with_a_clear_message()
    {
        var response = await site.CreateClient().PostAsync("/lookup", Form(new string('a', (1024 * 1024) + 1)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("larger than 1 MiB", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_of_exactly_one_MiB_is_looked_up()
    {
        var text = CiLog + new string(' ', (1024 * 1024) - CiLog.Length);

        var response = await site.CreateClient().PostAsync("/lookup", Form(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Lookup_that_is_not_a_form_says_how_to_send_one()
    {
        using var json = new StringContent("{\"text\":\"x\"}", System.Text.Encoding.UTF8, "application/json");

        var response = await site.CreateClient().PostAsync("/lookup", json);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("/api/v1/lookup", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pasted_markup_is_echoed_encoded()
    {
        var html = await (await site.CreateClient().PostAsync("/lookup", Form("</textarea><script>alert(1)</script> WEBTEST-7731"))).Content.ReadAsStringAsync();

        Assert.DoesNotContain("</textarea><script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/webtest/hostile-markup-in-every-field\"", html, StringComparison.Ordinal);
    }
}
