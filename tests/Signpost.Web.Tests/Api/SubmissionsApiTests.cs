using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Signpost.Storage;

namespace Signpost.Web.Tests.Api;

public sealed class SubmissionsApiTests : IDisposable
{
    private readonly FeedbackFolders _folders = new();

    public void Dispose() => _folders.Dispose();

    /// <summary>The seed entry under another id, without links to entries the test corpus lacks: a valid new entry.</summary>
    public static JsonObject NewEntry(string id = "policy/oidc-token-request-refused-copy")
    {
        var entry = JsonNode.Parse(File.ReadAllText(Path.Combine(SiteFactory.RepositoryCorpus, FeedbackSite.SeedId + ".json")))!.AsObject();
        entry["id"] = id;
        entry.Remove("transitions");
        foreach (var link in new[] { "leads_to", "preceded_by", "confused_with" })
        {
            entry["translations"]!["zh"]!.AsObject().Remove(link);
        }
        return entry;
    }

    [Fact]
    public async Task A_valid_new_entry_becomes_pending()
    {
        await using var site = new FeedbackSite(_folders);

        var response = await site.CreateClient().PostAsJsonAsync("/api/v1/submissions", new { kind = "new", entry = NewEntry(), note = "seen on GHES 3.12" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var pending = Assert.Single(await site.Store.ListSubmissionsAsync(SubmissionStatuses.Pending));
        Assert.Equal(("policy/oidc-token-request-refused-copy", "new", "seen on GHES 3.12"), (pending.EntryId, pending.Kind, pending.Note));
    }

    [Theory]
    [InlineData("(unclosed", "pattern does not compile")]
    [InlineData("this text is in no example", "")]
    public async Task A_pattern_that_fails_is_refused_with_the_reason(string pattern, string reason)
    {
        await using var site = new FeedbackSite(_folders);
        var entry = NewEntry();
        entry["patterns"] = new JsonArray(pattern);

        var response = await site.CreateClient().PostAsJsonAsync("/api/v1/submissions", new { kind = "new", entry });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, reason);
        Assert.Contains("$.patterns", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await site.Store.ListSubmissionsAsync());
    }

    [Fact]
    public async Task A_new_entry_with_a_taken_id_is_refused()
    {
        await using var site = new FeedbackSite(_folders);

        var response = await site.CreateClient().PostAsJsonAsync("/api/v1/submissions", new { kind = "new", entry = NewEntry(FeedbackSite.SeedId) });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "already exists");
    }

    [Fact]
    public async Task The_submit_forms_fields_become_a_pending_draft()
    {
        await using var site = new FeedbackSite(_folders);

        var response = await site.CreateClient().PostAsync("/api/v1/submissions", FeedbackSite.DraftForm());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var draft = Assert.Single(await site.Store.ListSubmissionsAsync(SubmissionStatuses.Pending));
        Assert.Equal((SubmissionKinds.Draft, FeedbackSite.DraftId), (draft.Kind, draft.EntryId));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_400()
    {
        await using var site = new FeedbackSite(_folders);

        var response = await site.CreateClient().PostAsync("/api/v1/submissions", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "not valid JSON");
    }
}
