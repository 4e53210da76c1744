namespace Signpost.Web.Pages;

/// <summary>What the head of a page says about it.</summary>
/// <param name="Title">The page title, without the site name.</param>
/// <param name="Description">One sentence for search engines and link previews.</param>
/// <param name="Path">The language-neutral path (<c>/policy/slug</c>); null for pages with no other language or no canonical address.</param>
internal sealed record PageMeta(string Title, string Description, string? Path)
{
    /// <summary>Other formats of the same content, such as JSON and Markdown (site paths).</summary>
    public IReadOnlyList<(string Type, string SitePath)> Alternates { get; init; } = [];

    /// <summary>Structured data for search engines, already serialized as JSON.</summary>
    public string? JsonLd { get; init; }

    /// <summary>Pages such as a 404 or search results must not be indexed.</summary>
    public bool NoIndex { get; init; }
}
