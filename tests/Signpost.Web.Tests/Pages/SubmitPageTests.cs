using System.Net;
using Signpost.Storage;

namespace Signpost.Web.Tests.Pages;

/// <summary>The /submit form posted without script: the page answers in HTML, never raw JSON.</summary>
public sealed class SubmitPageTests : IDisposable
{
    private readonly FeedbackFolders _folders = new();

    public void Dispose() => _folders.Dispose();

    [Fact]
    public async Task A_form_posted_without_script_is_stored_and_answered_with_the_page()
    {
        await using var site = new FeedbackSite(_folders);

        var response = await site.CreateClient().PostAsync("/submit", FeedbackSite.DraftForm());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Thanks! Your submission is waiting for review.", html, StringComparison.Ordinal);
        Assert.Contains(FeedbackSite.DraftId, html, StringComparison.Ordinal);
        Assert.Single(await site.Store.ListSubmissionsAsync(SubmissionStatuses.Pending));
    }

    [Fact]
    public async Task A_form_that_fails_validation_says_why_in_the_page_encoded()
    {
        await using var site = new FeedbackSite(_folders);
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["example"] = "<script>alert(1)</script>", ["domain"] = "<b>bad domain</b>" });

        var response = await site.CreateClient().PostAsync("/zh/submit", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("提交失败", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("提交失败： $.id: &#x27;", html, StringComparison.Ordinal);
        Assert.Empty(await site.Store.ListSubmissionsAsync(SubmissionStatuses.Pending));
    }
}
