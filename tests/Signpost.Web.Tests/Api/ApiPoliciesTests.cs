using System.Net;
using System.Net.Http.Json;

namespace Signpost.Web.Tests.Api;

public sealed class ApiPoliciesTests(SignpostFactory factory) : IClassFixture<SignpostFactory>
{
    private const string SeedId = FeedbackSite.SeedId;

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
