using System.Net;
using System.Text.Json;

namespace Signpost.Web.Tests.Api;

public sealed class OpenApiTests(SignpostFactory factory) : IClassFixture<SignpostFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/lookup", "post")]
    [InlineData("/api/v1/lookup/batch", "post")]
    [InlineData("/api/v1/entries", "get")]
    [InlineData("/api/v1/entries/{domain}/{slug}/{env}", "get")]
    [InlineData("/api/v1/entries/{domain}/{slug}/chain", "get")]
    [InlineData("/api/v1/entries/{domain}/{slug}/{env}/chain", "get")]
    [InlineData("/api/v1/search", "get")]
    [InlineData("/api/v1/domains", "get")]
    [InlineData("/api/v1/stats", "get")]
    [InlineData("/api/v1/export.ndjson", "get")]
    public async Task Document_lists_the_route_with_its_response_shape(string path, string method)
    {
        var operation = (await DocumentAsync()).GetProperty("paths").GetProperty(path).GetProperty(method);

        var ok = operation.GetProperty("responses").GetProperty("200");
        Assert.True(ok.GetProperty("content").EnumerateObject().Single().Value.TryGetProperty("schema", out _));
    }

    [Theory]
    [InlineData("/api/v1/lookup", "LookupRequest")]
    [InlineData("/api/v1/lookup/batch", "BatchLookupRequest")]
    public async Task Document_gives_the_request_shape_of_posts(string path, string schema)
    {
        var document = await DocumentAsync();
        var body = document.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("requestBody");

        Assert.EndsWith(schema, body.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(document.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").EnumerateObject().Any());
    }

    [Fact]
    public async Task Document_describes_errors_as_problem_documents()
    {
        var lookup = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/v1/lookup").GetProperty("post");

        Assert.True(lookup.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(lookup.GetProperty("responses").GetProperty("413").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task Document_describes_only_the_api()
    {
        var paths = (await DocumentAsync()).GetProperty("paths").EnumerateObject().Select(p => p.Name);

        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Docs_page_serves_the_api_reference()
    {
        var response = await _client.GetAsync("/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Scalar", page, StringComparison.Ordinal);
        Assert.Contains("openapi/v1.json", page, StringComparison.Ordinal);
    }

    private Task<JsonElement> DocumentAsync() => _client.GetOkJsonAsync("/openapi/v1.json");
}
