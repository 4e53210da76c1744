using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Signpost.Storage;
using Signpost.Submissions;

namespace Signpost.Web.Tests.Api;

public sealed class ReviewApiTests : IDisposable
{
    private const string NewId = "policy/oidc-token-request-refused-copy";

    private readonly FeedbackFolders _folders = new();

    public void Dispose() => _folders.Dispose();

    [Fact]
    public async Task No_key_is_401_with_a_bearer_challenge()
    {
        await using var site = new FeedbackSite(_folders);

        var response = await site.CreateClient().GetAsync("/api/v1/review/submissions");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "signpost keys create");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_wrong_key_is_403()
    {
        await using var site = new FeedbackSite(_folders);
        await KeyAsync(site);
        var client = site.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ReviewerKeys.NewKey());

        var response = await client.PostAsync("/api/v1/review/submissions/1/approve", null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "not a reviewer key");
    }

    [Fact]
    public async Task Approving_writes_the_entry_file_and_serves_it_without_a_restart()
    {
        await using var site = new FeedbackSite(_folders);
        var client = await ReviewerClientAsync(site);
        var snapshot = site.Knowledge.Current;
        var n = await SubmitAsync(site);

        var listed = await client.GetFromJsonAsync<List<Submission>>("/api/v1/review/submissions");
        var response = await client.PostAsync($"/api/v1/review/submissions/{n}/approve", null);

        Assert.Equal(n, Assert.Single(listed!).Id);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(_folders.Corpus, NewId + ".json")));
        Assert.NotNull(site.Knowledge.Corpus.Find(NewId));
        Assert.Null(snapshot.Corpus.Find(NewId));
        Assert.Equal(SubmissionStatuses.Approved, (await site.Store.FindSubmissionAsync(n))!.Status);
    }

    [Fact]
    public async Task Rejecting_records_the_reason_and_a_decision_is_made_once()
    {
        await using var site = new FeedbackSite(_folders);
        var client = await ReviewerClientAsync(site);
        var n = await SubmitAsync(site);

        var rejected = await client.PostAsJsonAsync($"/api/v1/review/submissions/{n}/reject", new { reason = "same as the seed entry" });
        var approved = await client.PostAsync($"/api/v1/review/submissions/{n}/approve", null);

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        await ProblemAssert.IsProblemAsync(approved, HttpStatusCode.Conflict, "already rejected");
        var decided = await site.Store.FindSubmissionAsync(n);
        Assert.Equal(("ana", "same as the seed entry"), (decided!.Reviewer, decided.Reason));
        Assert.False(File.Exists(Path.Combine(_folders.Corpus, NewId + ".json")));
    }

    [Fact]
    public async Task A_rejection_without_a_reason_is_400()
    {
        await using var site = new FeedbackSite(_folders);
        var client = await ReviewerClientAsync(site);
        var n = await SubmitAsync(site);

        var response = await client.PostAsJsonAsync($"/api/v1/review/submissions/{n}/reject", new { reason = " " });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "needs a reason");
    }

    private static async Task<string> KeyAsync(FeedbackSite site)
    {
        var key = ReviewerKeys.NewKey();
        Assert.True(await site.Store.AddReviewerKeyAsync("ana", ReviewerKeys.Hash(key)));
        return key;
    }

    private static async Task<HttpClient> ReviewerClientAsync(FeedbackSite site)
    {
        var client = site.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await KeyAsync(site));
        return client;
    }

    private static async Task<long> SubmitAsync(FeedbackSite site)
    {
        var response = await site.CreateClient().PostAsJsonAsync("/api/v1/submissions", new { kind = "new", entry = SubmissionsApiTests.NewEntry(NewId) });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await site.Store.ListSubmissionsAsync(SubmissionStatuses.Pending)).Single().Id;
    }
}
