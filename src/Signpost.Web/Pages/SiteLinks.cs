namespace Signpost.Web.Pages;

/// <summary>
/// Where pages live. Paths are site paths (<c>/policy/slug</c>, <c>/zh/dashboard</c>); a live
/// server links them as they are, a static export links them relative to the file being written
/// (<c>../../policy/slug/index.html</c>) so the site works from any static host and folder.
/// </summary>
internal sealed class SiteLinks
{
    private static readonly string[] FileExtensions = [".html", ".json", ".md", ".txt", ".xml", ".css", ".js", ".svg", ".png", ".ico"];

    private readonly string? _upToRoot;

    private SiteLinks(string? upToRoot) => _upToRoot = upToRoot;

    public static SiteLinks Server { get; } = new(null);

    public bool IsStatic => _upToRoot is not null;

    /// <summary>Links as seen from the static file that holds <paramref name="sitePath"/>.</summary>
    public static SiteLinks StaticFrom(string sitePath)
    {
        var depth = FileFor(sitePath).Count(c => c == '/');
        return new SiteLinks(string.Concat(Enumerable.Repeat("../", depth)));
    }

    /// <summary>The path of a language-neutral path in a language: <c>/x</c> or <c>/zh/x</c>.</summary>
    public static string InLang(string path, string lang) =>
        lang == SiteText.Chinese ? "/zh" + path : path;

    public static string Entry(string id) => "/" + id;

    public static string Domain(string domain) => "/" + domain + "/";

    /// <summary>The file a static export writes a site path to.</summary>
    public static string FileFor(string sitePath)
    {
        ArgumentNullException.ThrowIfNull(sitePath);
        var path = sitePath.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            return path + "index.html";
        }
        return FileExtensions.Any(e => path.EndsWith(e, StringComparison.Ordinal)) ? path : path + "/index.html";
    }

    /// <summary>The href for a site path, from the current page.</summary>
    public string Href(string sitePath) => _upToRoot is null ? sitePath : _upToRoot + FileFor(sitePath);
}
