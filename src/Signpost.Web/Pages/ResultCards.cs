using System.Globalization;
using Signpost.Matching;
using Signpost.Rendering;

namespace Signpost.Web.Pages;

/// <summary>Lookup results as cards: one per entry, or for a log with several failures one group per failure episode.</summary>
internal static class ResultCards
{
    public static Html Render(PageContext ctx, MatchResult result)
    {
        var t = ctx.Text;
        Html body;
        if (result.Episodes.Count > 1)
        {
            body = Html.Join(result.Episodes.Select((e, i) => Html.Of($"""
                <section class="episode"><h3>{EpisodeTitle(t, i, e)}</h3>{Cards(ctx, e.Matches)}</section>
                """)));
        }
        else
        {
            body = Cards(ctx, result.Matches);
        }
        return Html.Of($"""
            <section class="results" aria-labelledby="results" id="results-section"><h2 id="results">{t["results"]}</h2>
            {body}
            </section>
            """);
    }

    private static string EpisodeTitle(SiteText t, int index, Episode episode) =>
        episode.FirstLine == episode.LastLine
            ? t.Format("episode_line", index + 1, episode.FirstLine)
            : t.Format("episode", index + 1, episode.FirstLine, episode.LastLine);

    public static Html Cards(PageContext ctx, IReadOnlyList<EntryMatch> matches)
    {
        if (matches.Count == 0)
        {
            return Html.Of($"""<div class="no-match"><p><strong>{ctx.Text["no_known_entry"]}</strong></p><p>{ctx.Text["no_known_entry_hint"]} <a href="{ctx.Href("/submit")}">{ctx.Text["submit_link"]}</a></p></div>""");
        }
        return Html.Of($"""<ol class="cards">{Html.Join(matches.Select(m => Card(ctx, m)))}</ol>""");
    }

    private static Html Card(PageContext ctx, EntryMatch match)
    {
        var t = ctx.Text;
        var canon = ctx.Corpus.Find(match.Id);
        var fix = canon?.Workarounds.OrderByDescending(w => w.SuccessRate).FirstOrDefault();
        var best = fix is null ? Html.Empty
            : Html.Of($"""<p class="best-fix"><span class="rate {RateGrade.Of(fix.SuccessRate)}">{t.Format("success_rate", Percent.Of(fix.SuccessRate))}</span> {new EntryText(canon!, ctx.Lang).Workarounds[canon!.Workarounds.IndexOf(fix)].Action}</p>""");
        var fixRate = canon is null ? Html.Empty : Html.Of($"""<span>{t["fix_rate"]} {Percent.Of(canon.Figures.FixRate)}</span>""");
        return Html.Of($"""
            <li class="card">
            <h3 lang="en"><a href="{ctx.Href(SiteLinks.Entry(match.Id))}">{match.Title}</a></h3>
            <p class="card-meta"><span class="chip domain">{match.Domain}</span><span class="confidence {RateGrade.Of(match.Confidence)}">{t["match_confidence"]} {Percent.Of(match.Confidence)}</span>{fixRate}{Verdict(match)}</p>
            {Why(t, match.Why)}{best}
            </li>
            """);
    }

    private static Html Verdict(EntryMatch match) =>
        match.VersionVerdict is null ? Html.Empty : Html.Of($"""<span class="verdict">{match.VersionVerdict}</span>""");

    private static Html Why(SiteText t, MatchWhy why)
    {
        var parts = new List<Html>();
        if (why.Line > 0 || why.LineText.Length > 0)
        {
            parts.Add(Html.Of($"""<span class="why-part">{t.Format("why_line", why.Line)}: <code class="line">{why.LineText}</code></span>"""));
        }
        if (why.Pattern is not null)
        {
            parts.Add(Html.Of($"""<span class="why-part">{t["why_pattern"]}: <code>{why.Pattern}</code></span>"""));
        }
        if (why.Tokens.Count > 0)
        {
            parts.Add(Html.Of($"""<span class="why-part">{t["why_words"]} {string.Join(", ", why.Tokens)}</span>"""));
        }
        var scores = string.Join(" · ", why.Parts.Select(p => $"{p.Key} {p.Value.ToString("0.##", CultureInfo.InvariantCulture)}"));
        return Html.Of($"""<div class="why"><strong>{t["why_matched"]}</strong>{Html.Join(parts)}{Html.When(scores.Length > 0, () => Html.Of($"""<span class="scores">{scores}</span>"""))}</div>""");
    }
}
