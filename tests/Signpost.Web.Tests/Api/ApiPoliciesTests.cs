using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;

namespace Signpost.Web.Tests.Api;

public sealed class ApiPoliciesTests(SignpostFactory factory) : IClassFixture<SignpostFactory>
{
    private const string SeedId = "policy/github-actions-oidc-token-403-forbidden";

    [Fact]
    public async Task Writes_over_the_rate_limit_are_429_problems()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Signpost:WritesPerMinute", "2"));
        var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await client.PostAsJsonAsync("/api/v1/outcomes", new { entry = SeedId, workaround = 0, worked = true });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created], statuses.Take(2));
        await ProblemAssert.IsProblemAsync(last!, HttpStatusCode.TooManyRequests, "Wait a minute");
    }

    [Fact]
    public async Task Read_routes_allow_any_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/domains");
        request.Headers.Add("Origin", "https://example.org");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Write_routes_are_not_open_to_other_origins()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/outcomes") { Content = JsonContent.Create(new { entry = SeedId, workaround = 0, worked = false }) };
        request.Headers.Add("Origin", "https://example.org");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
