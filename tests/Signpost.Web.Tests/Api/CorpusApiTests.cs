using System.Net;
using System.Text.Json;

namespace Signpost.Web.Tests.Api;

public sealed class CorpusApiTests(SignpostFactory factory) : IClassFixture<SignpostFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Search_finds_entries_by_keyword_best_first()
    {
        var body = await _client.GetOkJsonAsync("/api/v1/search?q=gizmo+overheated");

        var results = body.GetProperty("results");
        Assert.Equal("testing/gizmo-overheated", results[0].GetProperty("id").GetString());
        Assert.True(results[0].GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public async Task Search_finds_by_tag()
    {
        var body = await _client.GetOkJsonAsync("/api/v1/search?q=oidc");

        Assert.Equal("policy/github-actions-oidc-token-403-forbidden", body.GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Search_without_a_query_is_a_400_problem()
    {
        var response = await _client.GetAsync("/api/v1/search?q=");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "q is required");
    }

    [Fact]
    public async Task Domains_lists_every_domain_with_its_count()
    {
        var body = await _client.GetOkJsonAsync("/api/v1/domains");

        var domains = body.GetProperty("domains").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("entries").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["policy"] = 1, ["testing"] = 3 }, domains);
    }

    [Fact]
    public async Task Stats_counts_entries_domains_statuses_and_chinese_share()
    {
        var body = await _client.GetOkJsonAsync("/api/v1/stats");

        Assert.Equal(4, body.GetProperty("entries").GetInt32());
        Assert.Equal(3, body.GetProperty("domains").GetProperty("testing").GetInt32());
        Assert.Equal(1, body.GetProperty("review_status").GetProperty("human_reviewed").GetInt32());
        Assert.Equal(0.25, body.GetProperty("zh").GetDouble());
    }

    [Fact]
    public async Task Export_writes_every_entry_as_one_json_line()
    {
        var response = await _client.GetAsync("/api/v1/export.ndjson");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var ids = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.Equal(SignpostFactory.Corpus.All.Select(c => c.Id), ids);
    }

    [Fact]
    public async Task Unknown_api_route_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/v1/nothing-here");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "/openapi/v1.json");
    }
}
