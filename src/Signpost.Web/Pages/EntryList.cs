using Signpost.Canons;
using Signpost.Rendering;

namespace Signpost.Web.Pages;

/// <summary>A compact list of entries: title, id, domain, fix rate and review status.</summary>
internal static class EntryList
{
    public static Html Render(PageContext ctx, IEnumerable<Canon> canons)
    {
        var t = ctx.Text;
        var items = canons.Select(c => Html.Of($"""
            <li><a href="{ctx.Href(SiteLinks.Entry(c.Id))}" lang="en">{c.Signature}</a>
            <span class="entry-meta"><code class="id">{c.Id}</code> <span class="rate {RateGrade.Of(c.Figures.FixRate)}">{t["fix_rate"]} {Percent.Of(c.Figures.FixRate)}</span> <span class="chip review {c.Provenance.ReviewStatus}">{c.Provenance.ReviewStatus}</span></span></li>
            """)).ToList();
        return items.Count == 0 ? Html.Empty : Html.Of($"""<ul class="entry-list">{Html.Join(items)}</ul>""");
    }
}
