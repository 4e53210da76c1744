namespace Signpost.Web.Pages;

/// <summary>Links to addresses that come from entries: only http and https become links, anything else stays text.</summary>
internal static class SafeLink
{
    public static bool IsWeb(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static Html To(string url, string text) =>
        IsWeb(url) ? Html.Of($"""<a href="{url}" rel="noopener nofollow">{text}</a>""") : Html.Text(text);
}
