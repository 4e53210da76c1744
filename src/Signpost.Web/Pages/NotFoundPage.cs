using System.Text.RegularExpressions;

namespace Signpost.Web.Pages;

/// <summary>A 404 that helps: says what was asked for, offers entries with similar names, a search box and the paste box.</summary>
internal static partial class NotFoundPage
{
    public static string Render(PageContext ctx, string path)
    {
        var t = ctx.Text;
        var words = string.Join(' ', Words().Matches(path).Select(m => m.Value));
        var similar = words.Length == 0 ? [] : SiteSearch.Find(ctx.Snapshot, words).Take(8).ToList();
        var suggestions = similar.Count == 0 ? Html.Empty
            : Html.Of($"""<h2>{t["not_found_similar"]}</h2>{EntryList.Render(ctx, similar)}""");
        var main = Html.Of($"""
            <h1>{t["not_found_title"]}</h1>
            <p>{t["not_found_text"]} <code>{path}</code></p>
            {suggestions}
            {Html.When(ctx.IsLive, () => Html.Of($"<h2>{t["not_found_search"]}</h2>{SearchPage.Form(ctx, words)}"))}
            <p><a href="{ctx.Href("/")}">{t["not_found_home"]}</a> · <a href="{ctx.Href("/dashboard")}">{t["nav_dashboard"]}</a></p>
            """);
        return Layout.Document(ctx, new PageMeta(t["not_found_title"], t["not_found_text"], null) { NoIndex = true }, main);
    }

    [GeneratedRegex(@"[a-z0-9]{3,}", RegexOptions.IgnoreCase)]
    private static partial Regex Words();
}
