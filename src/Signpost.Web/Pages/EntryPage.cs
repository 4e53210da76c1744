using System.Text.Json;
using Signpost.Canons;
using Signpost.Rates;
using Signpost.Rendering;

namespace Signpost.Web.Pages;

/// <summary>
/// The page of one entry, in the order of the seed page: chips, the error, its id, other
/// formats, the four figures, versions, root cause, documentation, workarounds, dead ends;
/// then what comes next, what it is confused with, matched texts, provenance.
/// </summary>
internal static class EntryPage
{
    public static string Render(PageContext ctx, Canon canon, LiveEntryFigures figures)
    {
        var text = new EntryText(canon, ctx.Lang);
        var main = Html.Of($"""
            <article class="entry" lang="{Layout.HtmlLang(text.Lang)}">
            {Header(ctx, canon, text)}
            {Figures(ctx, canon, figures)}
            {Versions(ctx, canon, text)}
            {RootCause(ctx, canon, text)}
            {Docs(ctx, canon)}
            {EntryFixes.Workarounds(ctx, canon, text, figures)}
            {EntryFixes.DeadEnds(ctx, canon, text)}
            {EntryGraph.Render(ctx, canon, text)}
            </article>
            """);
        var meta = new PageMeta(canon.Signature, Describe(canon, text), SiteLinks.Entry(canon.Id))
        {
            Alternates = [("application/json", $"/{canon.Id}.json"), ("text/markdown", MarkdownPath(canon.Id, ctx.Lang))],
            JsonLd = JsonLd(ctx, canon, text),
        };
        return Layout.Document(ctx, meta, main);
    }

    public static string MarkdownPath(string id, string lang) => SiteLinks.InLang($"/{id}.md", lang);

    private static Html Header(PageContext ctx, Canon canon, EntryText text)
    {
        var t = ctx.Text;
        var tags = canon.Tags.Select(tag => Html.Of($"""<li class="chip">{tag}</li>"""));
        var other = t.Other;
        return Html.Of($"""
            <header class="entry-head">
            <ul class="chips" aria-label="{t["chips_label"]}">{Html.Join(tags)}<li class="chip domain"><a href="{ctx.Href(SiteLinks.Domain(canon.Domain))}">{canon.Domain}</a></li><li class="chip category">{canon.Category}</li><li class="chip review {canon.Provenance.ReviewStatus}" title="{t["review_status"]}">{canon.Provenance.ReviewStatus}</li><li class="chip resolvable-{canon.Resolvable}" title="{t["resolvable"]}">{canon.Resolvable}</li></ul>
            <h1 class="signature" lang="en">{canon.Signature}</h1>
            <p class="entry-id">{t["id"]}: <code>{canon.Id}</code><button type="button" class="copy" hidden>{t["copy"]}</button></p>
            <p class="formats">{t["also_available_as"]}: <a href="{ctx.HrefRaw($"/{canon.Id}.json")}" type="application/json">JSON</a> · <a href="{ctx.HrefRaw(MarkdownPath(canon.Id, ctx.Lang))}" type="text/markdown">Markdown</a> · <a href="{ctx.Links.Href(SiteLinks.InLang(SiteLinks.Entry(canon.Id), other.Lang))}" lang="{Layout.HtmlLang(other.Lang)}" hreflang="{Layout.HtmlLang(other.Lang)}">{other["language_name"]}</a></p>
            {TranslationNotice(t, text)}
            </header>
            """);
    }

    private static Html TranslationNotice(SiteText t, EntryText text) =>
        text.IsMissing ? Html.Of($"""<p class="notice" role="note" lang="{Layout.HtmlLang(t.Lang)}">{t["no_translation"]}</p>""")
        : text.IsStale ? Html.Of($"""<p class="notice" role="note" lang="{Layout.HtmlLang(t.Lang)}">{t["stale_translation"]}</p>""")
        : Html.Empty;

    private static Html Figures(PageContext ctx, Canon canon, LiveEntryFigures live)
    {
        var t = ctx.Text;
        var f = canon.Figures;
        Html Figure(string value, string label, string grade) =>
            Html.Of($"""<li class="figure {grade}"><strong>{value}</strong><span>{label}</span></li>""");
        return Html.Of($"""
            <ul class="figures" lang="{Layout.HtmlLang(t.Lang)}" aria-label="{t["figures_label"]}">
            {Figure(Percent.Of(live.FixRate), t["fix_rate"], RateGrade.Of(live.FixRate))}{Figure(Percent.Of(live.Confidence), t["confidence"], RateGrade.Of(live.Confidence))}{Figure(live.Evidence.ToString(System.Globalization.CultureInfo.InvariantCulture), t["evidence"], "plain")}{Figure(f.FirstSeen ?? "—", t["first_seen"], "plain")}
            </ul>
            """);
    }

    private static Html Versions(PageContext ctx, Canon canon, EntryText text)
    {
        if (canon.Versions.Count == 0)
        {
            return Html.Empty;
        }
        var t = ctx.Text;
        var rows = canon.Versions.Select((v, i) => Html.Of($"""<tr><td>{v.Product} {v.Version}</td><td><span class="status {v.Status}">{v.Status}</span></td><td>{v.Introduced}</td><td>{v.Deprecated}</td><td>{text.VersionNote(i)}</td></tr>"""));
        return Html.Of($"""
            <section aria-labelledby="versions"><h2 id="versions">{t["version_compatibility"]}</h2>
            <div class="table-scroll"><table>
            <thead><tr><th scope="col">{t["version"]}</th><th scope="col">{t["status"]}</th><th scope="col">{t["introduced"]}</th><th scope="col">{t["deprecated"]}</th><th scope="col">{t["notes"]}</th></tr></thead>
            <tbody>{Html.Join(rows)}</tbody>
            </table></div></section>
            """);
    }

    private static Html RootCause(PageContext ctx, Canon canon, EntryText text)
    {
        var t = ctx.Text;
        var environment = canon.Environment.Count == 0 ? Html.Empty
            : Html.Of($"""<p class="environment">{string.Join(" · ", canon.Environment.Values)}</p>""");
        var other = new EntryText(canon, t.Other.Lang);
        var otherBlock = Html.When(!other.IsMissing && other.Lang != text.Lang, () => Html.Of($"""
            <div class="other-lang" lang="{Layout.HtmlLang(other.Lang)}"><h3>{t.Other["language_name"]}</h3><p>{other.RootCause}</p></div>
            """));
        return Html.Of($"""
            <section aria-labelledby="root-cause"><h2 id="root-cause">{t["root_cause"]}</h2>
            <p class="root-cause">{text.RootCause}</p>
            {environment}{otherBlock}</section>
            """);
    }

    private static Html Docs(PageContext ctx, Canon canon)
    {
        if (canon.Docs.Count == 0)
        {
            return Html.Empty;
        }
        var items = canon.Docs.Select(d => Html.Of($"""<li>{SafeLink.To(d.Url, d.Title)}<br><span class="url">{d.Url}</span></li>"""));
        return Html.Of($"""
            <section aria-labelledby="docs"><h2 id="docs">{ctx.Text["official_documentation"]}</h2>
            <ul class="docs">{Html.Join(items)}</ul></section>
            """);
    }

    private static string Describe(Canon canon, EntryText text)
    {
        var cause = text.RootCause.Length > 180 ? text.RootCause[..180] + "…" : text.RootCause;
        return $"{canon.Signature[..Math.Min(canon.Signature.Length, 120)]} — {cause}";
    }

    private static string JsonLd(PageContext ctx, Canon canon, EntryText text) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "TechArticle",
            ["headline"] = canon.Signature.Length > 110 ? canon.Signature[..110] : canon.Signature,
            ["identifier"] = canon.Id,
            ["description"] = text.RootCause,
            ["inLanguage"] = Layout.HtmlLang(text.Lang),
            ["url"] = ctx.Absolute(SiteLinks.InLang(SiteLinks.Entry(canon.Id), ctx.Lang)),
            ["keywords"] = string.Join(", ", canon.Tags.Prepend(canon.Domain)),
            ["dateCreated"] = canon.Provenance.Created,
            ["dateModified"] = canon.Provenance.Updated ?? canon.Figures.LastConfirmed ?? canon.Provenance.Created,
            ["license"] = canon.Provenance.License,
        });
}
