using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Signpost.Web.Tests.Api;

public sealed class LookupApiTests(SignpostFactory factory) : IClassFixture<SignpostFactory>
{
    private const string SeedId = "policy/github-actions-oidc-token-403-forbidden";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Seed_error_text_finds_the_seed_entry_first()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/lookup", new { text = "Error: Failed to request OIDC token: 403 Forbidden", top = 3 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var matches = (await response.ReadJsonAsync()).GetProperty("matches");
        Assert.Equal(SeedId, matches[0].GetProperty("id").GetString());
        Assert.True(matches[0].GetProperty("confidence").GetDouble() > 0);
        Assert.True(matches[0].TryGetProperty("why", out _));
    }

    [Fact]
    public async Task Text_no_entry_knows_returns_an_empty_list()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/lookup", new { text = "the quick brown fox jumps over the lazy dog" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.ReadJsonAsync()).GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public async Task Missing_text_is_a_400_problem()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/lookup", new { top = 3 });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "text is required");
    }

    [Fact]
    public async Task Top_out_of_range_is_a_400_problem()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/lookup", new { text = "x", top = 500 });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "top must be between 1 and 50");
    }

    [Fact]
    public async Task Bad_json_is_a_400_problem_saying_the_json_is_invalid()
    {
        using var body = new StringContent("{\"text\": \"unterminated", Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/api/v1/lookup", body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "not valid JSON");
    }

    [Fact]
    public async Task Wrong_json_type_is_a_400_problem()
    {
        using var body = new StringContent("{\"text\": \"x\", \"top\": \"five\"}", Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/api/v1/lookup", body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "top");
    }

    [Fact]
    public async Task Oversized_body_is_a_413_problem()
    {
        var text = new string('a', (int)Signpost.Web.Api.LookupApi.SingleBodyLimit + 1);

        var response = await _client.PostAsJsonAsync("/api/v1/lookup", new { text });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "larger than");
    }

    [Fact]
    public async Task Batch_returns_one_result_per_item_in_order()
    {
        var items = new[] { "WidgetError: frobnication failed for widget 7", "nothing known here at all", "GizmoError: gizmo overheated at stage 2" };

        var response = await _client.PostAsJsonAsync("/api/v1/lookup/batch", new { items = items.Select(text => new { text }) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.ReadJsonAsync()).GetProperty("results");
        Assert.Equal(3, results.GetArrayLength());
        Assert.Equal("testing/widget-frobnication-failed", results[0].GetProperty("matches")[0].GetProperty("id").GetString());
        Assert.Equal(0, results[1].GetProperty("matches").GetArrayLength());
        Assert.Equal("testing/gizmo-overheated", results[2].GetProperty("matches")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Batch_of_more_than_50_items_is_a_400_problem()
    {
        var items = Enumerable.Range(0, 51).Select(i => new { text = $"error {i}" });

        var response = await _client.PostAsJsonAsync("/api/v1/lookup/batch", new { items });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "at most 50 items; this one has 51");
    }

    [Fact]
    public async Task Batch_item_without_text_is_a_400_problem_naming_the_item()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/lookup/batch", new { items = new object[] { new { text = "a" }, new { top = 2 } } });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "items[1]");
    }

    [Fact]
    public async Task Lookup_allows_cross_origin_calls()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/lookup") { Content = JsonContent.Create(new { text = "x" }) };
        request.Headers.Add("Origin", "https://example.org");

        var response = await _client.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
