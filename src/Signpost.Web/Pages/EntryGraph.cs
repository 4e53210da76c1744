using Signpost.Canons;
using Signpost.Rendering;

namespace Signpost.Web.Pages;

/// <summary>
/// What the seed page lacked: where the error leads, what precedes it, what it is confused
/// with, the texts it matches, and who wrote it and when it was last confirmed.
/// </summary>
internal static class EntryGraph
{
    public static Html Render(PageContext ctx, Canon canon, EntryText text)
    {
        var t = ctx.Text;
        var next = canon.Transitions.LeadsTo.Select((x, i) => Linked(ctx, x.Id, Percent.Of(x.Probability), text.LeadsToCondition(i)));
        var before = canon.Transitions.PrecededBy.Select((x, i) => Linked(ctx, x.Id, Percent.Of(x.Probability), text.PrecededByCondition(i)));
        var confused = canon.Transitions.ConfusedWith.Select((x, i) => Linked(ctx, x.Id, null, text.Distinction(i)));
        return Html.Of($"""
            {Section("comes-next", t["comes_next"], next)}{Section("comes-before", t["comes_before"], before)}{Section("confused-with", t["confused_with"], confused)}{Examples(t, canon)}{Provenance(t, canon)}
            """);
    }

    private static Html Section(string id, string heading, IEnumerable<Html> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? Html.Empty : Html.Of($"""
            <section aria-labelledby="{id}"><h2 id="{id}">{heading}</h2><ul class="related">{Html.Join(list)}</ul></section>

            """);
    }

    private static Html Linked(PageContext ctx, string id, string? probability, string? note)
    {
        var target = ctx.Corpus.Find(id);
        var link = target is null
            ? Html.Of($"<code>{id}</code>")
            : Html.Of($"""<a href="{ctx.Href(SiteLinks.Entry(id))}" lang="en">{target.Signature}</a> <code class="id">{id}</code>""");
        var chance = probability is null ? Html.Empty : Html.Of($"""<span class="probability">{probability}</span> """);
        var why = string.IsNullOrWhiteSpace(note) ? Html.Empty : Html.Of($"""<p class="note">{note}</p>""");
        return Html.Of($"<li>{chance}{link}{why}</li>");
    }

    private static Html Examples(SiteText t, Canon canon)
    {
        if (canon.Examples.Count == 0)
        {
            return Html.Empty;
        }
        var items = canon.Examples.Select(e => Html.Of($"""<li><pre lang="en"><code>{e.Text}</code></pre>{Source(t, e.Source)}</li>"""));
        return Html.Of($"""
            <section aria-labelledby="examples"><h2 id="examples">{t["matched_texts"]}</h2><ul class="examples">{Html.Join(items)}</ul></section>

            """);
    }

    private static Html Source(SiteText t, string? source) =>
        string.IsNullOrWhiteSpace(source) ? Html.Empty : Html.Of($"""<p class="source">{t["source"]}: {SafeLink.To(source, source)}</p>""");

    private static Html Provenance(SiteText t, Canon canon)
    {
        var p = canon.Provenance;
        var facts = new List<Html>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                facts.Add(Html.Of($"<div><dt>{t[key]}</dt><dd>{value}</dd></div>"));
            }
        }
        Add("last_confirmed", canon.Figures.LastConfirmed ?? p.Updated ?? p.Created);
        Add("review_status", p.ReviewStatus);
        Add("author", p.Author);
        Add("created", p.Created);
        Add("license", p.License);
        Add("attribution", p.Attribution);
        var source = string.IsNullOrWhiteSpace(p.Source) ? Html.Empty
            : Html.Of($"<div><dt>{t["source"]}</dt><dd>{SafeLink.To(p.Source, p.Source)}</dd></div>");
        return Html.Of($"""
            <section aria-labelledby="provenance"><h2 id="provenance">{t["provenance"]}</h2><dl class="facts">{Html.Join(facts)}{source}</dl></section>
            """);
    }
}
