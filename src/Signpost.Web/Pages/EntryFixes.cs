using Signpost.Canons;
using Signpost.Rates;
using Signpost.Rendering;

namespace Signpost.Web.Pages;

/// <summary>The workarounds (with success rates, steps and report buttons) and the dead ends (with fail rates and why).</summary>
internal static class EntryFixes
{
    public static Html Workarounds(PageContext ctx, Canon canon, EntryText text, LiveEntryFigures figures)
    {
        if (canon.Workarounds.Count == 0)
        {
            return Html.Empty;
        }
        var t = ctx.Text;
        var items = text.Workarounds.Select((w, i) => Html.Of($"""
            <li class="workaround" id="workaround-{i + 1}">
            {Rate(t, figures.Workarounds[i].Estimate)}
            <p class="action">{CommandText.Render(w.Action, t)}</p>
            {Condition(t, w.Condition)}{Steps(t, w.Steps)}{Tradeoff(t, w.Tradeoff)}{Sources(t, w.Source.Sources)}{Outcome(ctx, canon, i)}
            </li>
            """));
        return Html.Of($"""
            <section aria-labelledby="workarounds"><h2 id="workarounds">{t["workarounds"]}</h2>
            <ol class="workarounds">{Html.Join(items)}</ol>
            {OtherLanguageSteps(ctx, canon, text)}
            </section>
            """);
    }

    public static Html DeadEnds(PageContext ctx, Canon canon, EntryText text)
    {
        if (canon.DeadEnds.Count == 0)
        {
            return Html.Empty;
        }
        var t = ctx.Text;
        var items = text.DeadEnds.Select(d => Html.Of($"""
            <li class="dead-end">
            <p class="rate fail">{t.Format("fail_rate", Percent.Of(d.Source.FailRate))}</p>
            <p class="action">{d.Action}</p>
            <p class="why">{d.Why}</p>
            {Condition(t, d.Condition)}
            </li>
            """));
        return Html.Of($"""
            <section aria-labelledby="dead-ends"><h2 id="dead-ends">{t["dead_ends"]}</h2>
            <p class="lead">{t["dead_ends_lead"]}</p>
            <ol class="dead-ends">{Html.Join(items)}</ol>
            </section>
            """);
    }

    /// <summary>The seed page lists the Chinese steps under the English ones; the Chinese page lists the English.</summary>
    private static Html OtherLanguageSteps(PageContext ctx, Canon canon, EntryText text)
    {
        var other = new EntryText(canon, ctx.Text.Other.Lang);
        if (other.IsMissing || other.Lang == text.Lang)
        {
            return Html.Empty;
        }
        var items = other.Workarounds.Select(w => Html.Of($"<li>{CommandText.Render(w.Action, ctx.Text)}</li>"));
        return Html.Of($"""
            <div class="other-lang" lang="{Layout.HtmlLang(other.Lang)}"><h3>{ctx.Text.Other["steps_heading"]}</h3><ol>{Html.Join(items)}</ol></div>
            """);
    }

    private static Html Rate(SiteText t, RateEstimate rate)
    {
        var reports = rate.Reports == 0 ? Html.Empty : Html.Of($"""<span class="reports">{t.Format("reports", rate.Reports, Percent.Of(rate.Low), Percent.Of(rate.High))}</span>""");
        return Html.Of($"""<p class="rate-line"><span class="rate {RateGrade.Of(rate.Rate)}">{t.Format("success_rate", Percent.Of(rate.Rate))}</span>{reports}</p>""");
    }

    private static Html Steps(SiteText t, IReadOnlyList<string> steps) =>
        steps.Count == 0 ? Html.Empty
        : Html.Of($"""<ol class="steps">{Html.Join(steps.Select(s => Html.Of($"<li>{CommandText.Render(s, t)}</li>")))}</ol>""");

    private static Html Condition(SiteText t, string? condition) =>
        string.IsNullOrWhiteSpace(condition) ? Html.Empty : Html.Of($"""<p class="condition"><strong>{t["when"]}:</strong> {condition}</p>""");

    private static Html Tradeoff(SiteText t, string? tradeoff) =>
        string.IsNullOrWhiteSpace(tradeoff) ? Html.Empty : Html.Of($"""<p class="tradeoff"><strong>{t["tradeoff"]}:</strong> {tradeoff}</p>""");

    private static Html Sources(SiteText t, List<string> sources) =>
        sources.Count == 0 ? Html.Empty
        : Html.Of($"""<p class="sources">{t["sources"]}: {Html.Join(" · ", sources.Select((s, i) => SafeLink.To(s, SourceName(s, i))))}</p>""");

    private static string SourceName(string url, int i) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : $"[{i + 1}]";

    /// <summary>Buttons the script reveals and posts to the outcomes API; without script or API they stay hidden or say so.</summary>
    private static Html Outcome(PageContext ctx, Canon canon, int index) =>
        Html.When(ctx.IsLive, () => Html.Of($"""
            <div class="outcome" data-entry="{canon.Id}" data-workaround="{index}" hidden>
            <span>{ctx.Text["did_it_work"]}</span>
            <button type="button" data-worked="true">{ctx.Text["worked_for_me"]}</button>
            <button type="button" data-worked="false">{ctx.Text["did_not_work"]}</button>
            <span class="outcome-status" role="status" data-thanks="{ctx.Text["outcome_thanks"]}" data-unavailable="{ctx.Text["outcome_unavailable"]}"></span>
            </div>
            """));
}
