namespace Signpost.Web.Pages;

/// <summary>
/// <c>/submit</c>: a form for an error Signpost does not know. It posts to the submissions API;
/// the script sends it as JSON and shows the answer, without script the browser posts the form.
/// </summary>
internal static class SubmitPage
{
    public const string Action = "/api/v1/submissions";

    public static string Render(PageContext ctx)
    {
        var t = ctx.Text;
        var form = !ctx.IsLive ? Html.Of($"""<p class="notice">{t["static_no_submit"]}</p>""") : Html.Of($"""
            <form class="submit-form" method="post" action="{Action}" data-json-form>
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

    private static Html Field(string name, string label, string hint, bool required, bool multiline)
    {
        var input = multiline
            ? Html.Of($"""<textarea id="f-{name}" name="{name}" rows="5" aria-describedby="h-{name}"{Html.When(required, () => new Html(" required"))}></textarea>""")
            : Html.Of($"""<input id="f-{name}" name="{name}" type="text" aria-describedby="h-{name}"{Html.When(required, () => new Html(" required"))}>""");
        return Html.Of($"""<div class="field"><label for="f-{name}">{label}</label>{input}<p class="hint" id="h-{name}">{hint}</p></div>""");
    }
}
