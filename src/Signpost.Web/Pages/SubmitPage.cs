using Signpost.Submissions;
using Signpost.Web.Api;

namespace Signpost.Web.Pages;

/// <summary>
/// <c>/submit</c>: a form for an error Signpost does not know. The script sends it as JSON to the
/// submissions API and shows the answer in place; without script the browser posts the form to this
/// page, which submits it the same way and answers with the page and the outcome (<see cref="HandleAsync"/>).
/// </summary>
internal static class SubmitPage
{
    public const string Api = "/api/v1/submissions";

    public static string Render(PageContext ctx, Html? outcome = null)
    {
        var t = ctx.Text;
        var form = !ctx.IsLive ? Html.Of($"""<p class="notice">{t["static_no_submit"]}</p>""") : Html.Of($"""
            {outcome ?? Html.Of($"")}
            <form class="submit-form" method="post" action="{ctx.Href("/submit")}" data-api="{Api}" data-json-form>
            {Field("signature", t["submit_signature"], t["submit_signature_hint"], true, false)}
            {Field("example", t["submit_example"], t["submit_example_hint"], true, true)}
            {Field("domain", t["submit_domain"], t["submit_domain_hint"], false, false)}
            {Field("root_cause", t["submit_root_cause"], t["submit_root_cause_hint"], false, true)}
            {Field("workaround", t["submit_workaround"], t["submit_workaround_hint"], false, true)}
            {Field("contact", t["submit_contact"], t["submit_contact_hint"], false, false)}
            <div class="paste-actions"><button type="submit">{t["submit_button"]}</button></div>
            <p class="form-status" role="status" data-sent="{t["submit_sent"]}" data-failed="{t["submit_failed"]}"></p>
            </form>
            """);
        var main = Html.Of($"""
            <h1>{t["submit_title"]}</h1>
            <p class="lead">{t["submit_lead"]}</p>
            {form}
            """);
        return Layout.Document(ctx, new PageMeta(t["submit_title"], t["submit_lead"], "/submit"), main);
    }

    /// <summary>The form posted without script: submitted as the API does, answered with the page and what became of it.</summary>
    public static async Task<IResult> HandleAsync(HttpContext http, PageContext ctx)
    {
        var t = ctx.Text;
        if (http.RequestServices.GetService<SubmissionService>() is not { } submissions)
        {
            return new HtmlPage(Render(ctx, Outcome("notice", t["static_no_submit"])), StatusCodes.Status503ServiceUnavailable);
        }
        var (body, problem) = await SubmissionBody.ReadAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        var result = body is null ? null : await submissions.SubmitAsync(body, http.RequestAborted).ConfigureAwait(false);
        if (result is not { Accepted: true })
        {
            var reason = problem ?? SubmissionsApi.Describe(result!.Problems);
            return new HtmlPage(Render(ctx, Outcome("form-status failed", $"{t["submit_failed"]} {reason}")), StatusCodes.Status400BadRequest);
        }
        return new HtmlPage(Render(ctx, Outcome("form-status sent", $"{t["submit_sent"]} #{result.Id} ({result.EntryId})")));
    }

    private static Html Outcome(string kind, string text) => Html.Of($"""<p class="{kind}" role="status">{text}</p>""");

    private static Html Field(string name, string label, string hint, bool required, bool multiline)
    {
        var input = multiline
            ? Html.Of($"""<textarea id="f-{name}" name="{name}" rows="5" aria-describedby="h-{name}"{Html.When(required, () => new Html(" required"))}></textarea>""")
            : Html.Of($"""<input id="f-{name}" name="{name}" type="text" aria-describedby="h-{name}"{Html.When(required, () => new Html(" required"))}>""");
        return Html.Of($"""<div class="field"><label for="f-{name}">{label}</label>{input}<p class="hint" id="h-{name}">{hint}</p></div>""");
    }
}
