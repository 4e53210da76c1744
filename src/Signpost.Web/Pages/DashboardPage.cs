using System.Globalization;
using Signpost.Canons;
using Signpost.Rendering;

namespace Signpost.Web.Pages;

/// <summary><c>/dashboard</c>: the shape of the knowledge base in server-drawn charts.</summary>
internal static class DashboardPage
{
    private static readonly (string Key, int Min, int Max)[] EvidenceBins =
        [("0", 0, 0), ("1", 1, 1), ("2–4", 2, 4), ("5–9", 5, 9), ("10–49", 10, 49), ("50+", 50, int.MaxValue)];

    private static readonly (string Key, int MaxDays)[] AgeBins =
        [("age_month", 30), ("age_quarter", 90), ("age_year", 365), ("age_two_years", 730), ("age_older", int.MaxValue)];

    public static string Render(PageContext ctx, DateOnly? today = null)
    {
        var t = ctx.Text;
        var all = ctx.Corpus.All;
        var translated = all.Count(c => !new EntryText(c, SiteText.Chinese).IsMissing);
        var main = Html.Of($"""
            <h1>{t["dashboard_title"]}</h1>
            <ul class="figures summary">
            <li class="figure plain"><strong>{N(all.Count)}</strong><span>{t["entries"]}</span></li><li class="figure plain"><strong>{N(ctx.Corpus.Domains.Count)}</strong><span>{t["domains"]}</span></li><li class="figure plain"><strong>{Percent.Of(all.Count == 0 ? 0 : all.Average(c => c.Figures.FixRate))}</strong><span>{t["average_fix_rate"]}</span></li><li class="figure plain"><strong>{Percent.Of(all.Count == 0 ? 0 : (double)translated / all.Count)}</strong><span>{t["translated_zh"]}</span></li>
            </ul>
            <div class="charts">
            {SvgChart.Bars("per-domain", t["chart_domains"], [.. ctx.Corpus.Domains.Select(d => (d, all.Count(c => c.Domain == d))).OrderByDescending(b => b.Item2).Take(25)], t)}
            {SvgChart.Bars("fix-rate", t["chart_fix_rate"], Deciles(all.Select(c => c.Figures.FixRate)), t)}
            {SvgChart.Bars("confidence", t["chart_confidence"], Deciles(all.Select(c => c.Figures.Confidence)), t)}
            {SvgChart.Bars("evidence", t["chart_evidence"], [.. EvidenceBins.Select(b => (b.Key, all.Count(c => c.Figures.EvidenceCount >= b.Min && c.Figures.EvidenceCount <= b.Max)))], t)}
            {SvgChart.Bars("review", t["chart_review"], [.. ReviewStatuses.All.Select(s => (s, all.Count(c => c.Provenance.ReviewStatus == s)))], t)}
            {SvgChart.Bars("freshness", t["chart_freshness"], Freshness(t, all, today ?? DateOnly.FromDateTime(DateTime.UtcNow)), t)}
            </div>
            """);
        return Layout.Document(ctx, new PageMeta(t["dashboard_title"], t["dashboard_description"], "/dashboard"), main);
    }

    private static List<(string, int)> Deciles(IEnumerable<double> rates)
    {
        var counts = new int[10];
        foreach (var rate in rates)
        {
            counts[Math.Clamp((int)Math.Floor(rate * 10), 0, 9)]++;
        }
        return [.. counts.Select((n, i) => ($"{i * 10}–{(i + 1) * 10}%", n)).Reverse()];
    }

    private static List<(string, int)> Freshness(SiteText t, IReadOnlyList<Canon> all, DateOnly today)
    {
        var ages = all.Select(c => LastKnown(c) is { } d ? today.DayNumber - d.DayNumber : (int?)null).ToList();
        var bins = AgeBins.Select((b, i) => (t[b.Key], ages.Count(a => a is { } age && age <= b.MaxDays && (i == 0 || age > AgeBins[i - 1].MaxDays)))).ToList();
        bins.Add((t["age_unknown"], ages.Count(a => a is null)));
        return bins;
    }

    private static DateOnly? LastKnown(Canon c) =>
        new[] { c.Figures.LastConfirmed, c.Provenance.Updated, c.Provenance.Created, c.Figures.FirstSeen }
            .Select(s => DateOnly.TryParse(s, CultureInfo.InvariantCulture, out var d) ? d : (DateOnly?)null)
            .FirstOrDefault(d => d is not null);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
