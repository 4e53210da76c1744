using System.Text.RegularExpressions;

namespace Signpost.Canons;

/// <summary>Entry ids: <c>domain/slug</c> or <c>domain/slug/env</c>, lowercase <c>[a-z0-9.-]</c>.</summary>
public static partial class CanonId
{
    /// <summary>Names the web routes use; a domain may not take one.</summary>
    public static readonly IReadOnlySet<string> ReservedDomains = new HashSet<string>(StringComparer.Ordinal)
    {
        "api", "zh", "en", "search", "lookup", "dashboard", "submit", "docs", "mcp", "openapi",
        "healthz", "llms.txt", "sitemap.xml", "robots.txt", "static", "assets", "css", "js", "review",
    };

    public static bool IsValid(string id) => Shape().IsMatch(id);

    public static string DomainOf(string id) => id.Split('/')[0];

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]*(/[a-z0-9][a-z0-9.-]*){1,2}$")]
    private static partial Regex Shape();
}
