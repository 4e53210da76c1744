using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ModelContextProtocol.Protocol;
using Signpost.Web.Tests.Mcp;

namespace Signpost.Web.Tests.Api;

/// <summary>The MCP write tools over HTTP and the REST write routes take from one per-address budget.</summary>
public sealed class WriteBudgetsTests(SignpostFactory factory) : IClassFixture<SignpostFactory>
{
    private const string SeedId = FeedbackSite.SeedId;

    [Fact]
    public async Task Writes_over_the_rate_limit_are_429_problems()
    {
        using var limited = Limited(2);
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
    public async Task Reports_over_the_write_limit_are_refused_with_a_reason()
    {
        using var limited = Limited(2);
        await using var client = await HttpMcp.ConnectAsync(limited);
        var arguments = new Dictionary<string, object?> { ["entry"] = SeedId, ["workaround"] = 0, ["worked"] = true };

        var results = new List<CallToolResult>();
        for (var i = 0; i < 3; i++)
        {
            results.Add(await client.CallToolAsync("report_outcome", arguments));
        }

        Assert.Equal([false, false, true], results.Select(r => r.IsError == true));
        Assert.Contains("Wait a minute", Assert.IsType<TextContentBlock>(results[2].Content[0]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookups_do_not_spend_the_write_budget()
    {
        using var limited = Limited(1);
        await using var client = await HttpMcp.ConnectAsync(limited);

        for (var i = 0; i < 3; i++)
        {
            var lookup = await client.CallToolAsync("lookup_error", new Dictionary<string, object?> { ["text"] = "Error: Failed to request OIDC token: 403 Forbidden" });
            Assert.NotEqual(true, lookup.IsError);
        }
        var report = await client.CallToolAsync("report_outcome", new Dictionary<string, object?> { ["entry"] = SeedId, ["workaround"] = 0, ["worked"] = false });

        Assert.NotEqual(true, report.IsError);
    }

    [Fact]
    public async Task Writes_over_rest_and_mcp_spend_one_budget()
    {
        using var limited = Limited(2);
        var http = limited.CreateClient();
        await using var mcp = await HttpMcp.ConnectAsync(limited);
        var arguments = new Dictionary<string, object?> { ["entry"] = SeedId, ["workaround"] = 0, ["worked"] = true };

        var overRest = await http.PostAsJsonAsync("/api/v1/outcomes", new { entry = SeedId, workaround = 0, worked = true });
        var overMcp = await mcp.CallToolAsync("report_outcome", arguments);
        var spentOverMcp = await mcp.CallToolAsync("report_outcome", arguments);
        var spentOverRest = await http.PostAsJsonAsync("/api/v1/outcomes", new { entry = SeedId, workaround = 0, worked = true });

        Assert.Equal(HttpStatusCode.Created, overRest.StatusCode);
        Assert.NotEqual(true, overMcp.IsError);
        Assert.True(spentOverMcp.IsError);
        await ProblemAssert.IsProblemAsync(spentOverRest, HttpStatusCode.TooManyRequests, "Wait a minute");
    }

    /// <summary>The site with a budget of <paramref name="writesPerMinute"/> writes a minute per address.</summary>
    private WebApplicationFactory<TestSite> Limited(int writesPerMinute) =>
        factory.WithWebHostBuilder(b => b.UseSetting("Signpost:WritesPerMinute", writesPerMinute.ToString(CultureInfo.InvariantCulture)));
}
