using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Rates;

namespace Signpost.Web.Tests.Api;

public sealed class OutcomesApiTests : IDisposable
{
    private readonly FeedbackFolders _folders = new();

    public void Dispose() => _folders.Dispose();

    [Fact]
    public async Task Five_failed_reports_lower_the_first_workaround_and_add_five_evidence_across_a_restart()
    {
        LiveEntryFigures before;
        await using (var site = new FeedbackSite(_folders))
        {
            before = await FiguresAsync(site);
            using var client = site.CreateClient();
            for (var i = 0; i < 5; i++)
            {
                var response = await PostAsync(client, new { entry = FeedbackSite.SeedId, workaround = 0, worked = false }, $"fail-{i}");
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }
        }

        await using var restarted = new FeedbackSite(_folders);
        var after = await FiguresAsync(restarted);

        Assert.True(after.Workarounds[0].Estimate.Rate < before.Workarounds[0].Estimate.Rate);
        Assert.True(after.FixRate < before.FixRate);
        Assert.Equal(before.Evidence + 5, after.Evidence);
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_counts_once()
    {
        await using var site = new FeedbackSite(_folders);
        using var client = site.CreateClient();
        var body = new { entry = FeedbackSite.SeedId, workaround = 1, worked = true };

        var first = await PostAsync(client, body, "same-key");
        var retry = await PostAsync(client, body, "same-key");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(await IdAsync(first), await IdAsync(retry));
        Assert.Equal(1, await site.Store.CountReportsAsync(FeedbackSite.SeedId));
    }

    [Fact]
    public async Task An_unknown_entry_is_404()
    {
        await using var site = new FeedbackSite(_folders);

        var response = await PostAsync(site.CreateClient(), new { entry = "policy/no-such-entry", workaround = 0, worked = true }, "k");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "no entry has the id 'policy/no-such-entry'");
    }

    [Theory]
    [InlineData(3, "use an index from 0 (the first) to 2")]
    [InlineData(-1, "use an index from 0")]
    public async Task A_workaround_index_out_of_range_is_400(int workaround, string message)
    {
        await using var site = new FeedbackSite(_folders);

        var response = await PostAsync(site.CreateClient(), new { entry = FeedbackSite.SeedId, workaround, worked = true }, "k");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, message);
    }

    [Fact]
    public async Task A_missing_verdict_is_400()
    {
        await using var site = new FeedbackSite(_folders);

        var response = await PostAsync(site.CreateClient(), new { entry = FeedbackSite.SeedId, workaround = 0 }, "k");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "'worked' (true or false) are required");
    }

    [Fact]
    public async Task A_note_over_1000_characters_is_400()
    {
        await using var site = new FeedbackSite(_folders);

        var response = await PostAsync(site.CreateClient(), new { entry = FeedbackSite.SeedId, workaround = 0, worked = true, note = new string('x', 1001) }, "k");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "at most 1000");
    }

    [Fact]
    public async Task The_note_is_stored_redacted_with_the_environment()
    {
        await using var site = new FeedbackSite(_folders);
        var note = "fixed once GH_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789 was set; ping me@example.com, logs in /home/ana/ci";

        await PostAsync(site.CreateClient(), new { entry = FeedbackSite.SeedId, workaround = 0, worked = true, note, env = new { os = "Ubuntu-22.04", runtime = "node 20" } }, "noted");

        var stored = await site.Store.FindReportAsync("noted");
        Assert.Equal("fixed once GH_TOKEN=[secret] was set; ping [email], logs in ~/ci", stored!.Note);
        Assert.Equal("ubuntu-22.04", stored.Environment);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/outcomes") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static async Task<long> IdAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();

    private static Task<LiveEntryFigures> FiguresAsync(FeedbackSite site) =>
        site.Services.GetRequiredService<LiveFigures>().ForAsync(site.Knowledge.Corpus.Find(FeedbackSite.SeedId)!);
}
