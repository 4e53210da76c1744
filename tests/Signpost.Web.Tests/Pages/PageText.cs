using System.Net;
using System.Text.RegularExpressions;

namespace Signpost.Web.Tests.Pages;

/// <summary>The text a reader sees on a page: tags, scripts and styles removed, entities decoded, spaces collapsed.</summary>
internal static partial class PageText
{
    public static string Of(string html)
    {
        var body = Blocks().Replace(html, " ");
        var text = WebUtility.HtmlDecode(Tags().Replace(body, " "));
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>Asserts that each fragment occurs after the one before it.</summary>
    public static void AssertInOrder(string text, IEnumerable<string> fragments)
    {
        var at = 0;
        foreach (var fragment in fragments)
        {
            var found = text.IndexOf(fragment, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{fragment}' was not found after position {at} of the page text:\n{text[at..Math.Min(text.Length, at + 400)]}");
            at = found + fragment.Length;
        }
    }

    public static IEnumerable<string> Expectation(string name) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Pages", "Expectations", name)).Where(l => l.Length > 0);

    [GeneratedRegex(@"<(script|style|head)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Blocks();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
