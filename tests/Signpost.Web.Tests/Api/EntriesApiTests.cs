using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Signpost.Web.Tests.Api;

public sealed class EntriesApiTests(SignpostFactory factory) : IClassFixture<SignpostFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Known_id_returns_the_entry_in_english()
    {
        var body = await _client.GetOkJsonAsync("/api/v1/entries/policy/github-actions-oidc-token-403-forbidden");

        var seed = SignpostFactory.Corpus.Find("policy/github-actions-oidc-token-403-forbidden")!;
        Assert.Equal("en", body.GetProperty("lang").GetString());
        Assert.Equal(seed.RootCause, body.GetProperty("entry").GetProperty("root_cause").GetString());
        Assert.Equal(seed.Workarounds.Count, body.GetProperty("entry").GetProperty("workarounds").GetArrayLength());
        Assert.Equal(seed.Figures.FixRate, body.GetProperty("entry").GetProperty("figures").GetProperty("fix_rate").GetDouble());
    }

    [Fact]
    public async Task Entry_carries_live_figures_that_reports_move()
    {
        var before = await _client.GetOkJsonAsync("/api/v1/entries/testing/gizmo-overheated");
        var report = await _client.PostAsJsonAsync("/api/v1/outcomes", new { entry = "testing/gizmo-overheated", workaround = 0, worked = false });
        var after = await _client.GetOkJsonAsync("/api/v1/entries/testing/gizmo-overheated");

        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        Assert.Equal(0, before.GetProperty("live_figures").GetProperty("reports").GetInt64());
        Assert.Equal(1, after.GetProperty("live_figures").GetProperty("reports").GetInt64());
        Assert.True(after.GetProperty("live_figures").GetProperty("fix_rate").GetDouble() < before.GetProperty("live_figures").GetProperty("fix_rate").GetDouble());
    }

    [Fact]
    public async Task Lang_zh_returns_the_translated_fields()
    {
        var body = await _client.GetOkJsonAsync("/api/v1/entries/policy/github-actions-oidc-token-403-forbidden?lang=zh");

        var zh = SignpostFactory.Corpus.Find("policy/github-actions-oidc-token-403-forbidden")!.Translations["zh"];
        Assert.Equal("zh", body.GetProperty("lang").GetString());
        Assert.True(body.GetProperty("translated").GetBoolean());
        Assert.Equal(zh.RootCause, body.GetProperty("entry").GetProperty("root_cause").GetString());
        Assert.Equal(zh.Workarounds[0].Action, body.GetProperty("entry").GetProperty("workarounds")[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task Lang_zh_without_a_translation_says_the_text_is_english()
    {
        var body = await _client.GetOkJsonAsync("/api/v1/entries/testing/gizmo-overheated?lang=zh");

        Assert.Equal("en", body.GetProperty("lang").GetString());
        Assert.False(body.GetProperty("translated").GetBoolean());
    }

    [Fact]
    public async Task Three_segment_id_returns_the_entry()
    {
        var body = await _client.GetOkJsonAsync("/api/v1/entries/testing/sprocket-misaligned/linux");

        Assert.Equal("testing/sprocket-misaligned/linux", body.GetProperty("entry").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/api/v1/entries/testing/no-such-entry")]
    [InlineData("/api/v1/entries/testing/no-such-entry/linux")]
    [InlineData("/api/v1/entries/testing/no-such-entry/chain")]
    public async Task Unknown_id_returns_404(string url)
    {
        var response = await _client.GetAsync(url);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "testing/no-such-entry");
    }

    [Fact]
    public async Task Unknown_language_is_a_400_problem()
    {
        var response = await _client.GetAsync("/api/v1/entries/testing/gizmo-overheated?lang=fr");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "lang must be 'en' or 'zh'");
    }

    [Fact]
    public async Task List_filters_by_domain_and_pages()
    {
        var first = await _client.GetOkJsonAsync("/api/v1/entries?domain=testing&page_size=2");
        var second = await _client.GetOkJsonAsync("/api/v1/entries?domain=testing&page_size=2&page=2");

        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("pages").GetInt32());
        Assert.Equal(["testing/gizmo-overheated", "testing/sprocket-misaligned/linux"], Ids(first.GetProperty("entries")));
        Assert.Equal(["testing/widget-frobnication-failed"], Ids(second.GetProperty("entries")));
    }

    [Fact]
    public async Task List_filters_by_tag_and_review_status()
    {
        var byTag = await _client.GetOkJsonAsync("/api/v1/entries?tag=linux");
        var byStatus = await _client.GetOkJsonAsync("/api/v1/entries?domain=testing&status=human_reviewed");

        Assert.Equal(["testing/sprocket-misaligned/linux"], Ids(byTag.GetProperty("entries")));
        Assert.Equal(["testing/widget-frobnication-failed"], Ids(byStatus.GetProperty("entries")));
    }

    [Theory]
    [InlineData("/api/v1/entries?status=approved", "status 'approved' is unknown")]
    [InlineData("/api/v1/entries?page=0", "page must be 1 or more")]
    [InlineData("/api/v1/entries?page_size=1000", "page_size must be between")]
    [InlineData("/api/v1/entries?page=two", "page")]
    public async Task Bad_list_parameters_are_400_problems(string url, string detail)
    {
        var response = await _client.GetAsync(url);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task Chain_follows_transitions_up_to_the_depth()
    {
        var one = await _client.GetOkJsonAsync("/api/v1/entries/testing/widget-frobnication-failed/chain?depth=1");
        var two = await _client.GetOkJsonAsync("/api/v1/entries/testing/widget-frobnication-failed/chain?depth=2");

        Assert.Equal(["testing/gizmo-overheated"], Ids(one.GetProperty("leads_to")));
        Assert.Equal(["testing/gizmo-overheated", "testing/sprocket-misaligned/linux"], Ids(two.GetProperty("leads_to")));
        Assert.Equal(0.2, two.GetProperty("leads_to")[1].GetProperty("probability").GetDouble(), 6);
        Assert.Equal(["testing/sprocket-misaligned/linux"], Ids(two.GetProperty("confused_with")));
    }

    [Fact]
    public async Task Chain_of_a_three_segment_id_walks_back_through_preceded_by()
    {
        var chain = await _client.GetOkJsonAsync("/api/v1/entries/testing/sprocket-misaligned/linux/chain?depth=2");

        Assert.Equal(["testing/gizmo-overheated", "testing/widget-frobnication-failed"], Ids(chain.GetProperty("preceded_by")));
    }

    [Fact]
    public async Task Chain_depth_over_the_limit_is_a_400_problem()
    {
        var response = await _client.GetAsync("/api/v1/entries/testing/gizmo-overheated/chain?depth=9");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "depth must be between 1 and 5");
    }

    private static string[] Ids(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
}
