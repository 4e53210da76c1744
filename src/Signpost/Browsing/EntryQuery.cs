using Signpost.Canons;

namespace Signpost.Browsing;

/// <summary>A filter over the corpus (domain, tag, review status) and the page to return.</summary>
public sealed record EntryQuery
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public string? Domain { get; init; }

    public string? Tag { get; init; }

    /// <summary>Review status: ai_generated, human_reviewed or community_verified.</summary>
    public string? Status { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>What is wrong with the query, or null when it can run.</summary>
    public string? Problem() =>
        Page < 1 ? $"page must be 1 or more, not {Page}."
        : PageSize is < 1 or > MaxPageSize ? $"page_size must be between 1 and {MaxPageSize}, not {PageSize}."
        : Status is not null && !ReviewStatuses.All.Contains(Status) ? $"status '{Status}' is unknown; use one of {string.Join(", ", ReviewStatuses.All)}."
        : null;

    public EntryPage Run(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var matching = corpus.All
            .Where(c => Domain is null || c.Domain == Domain)
            .Where(c => Tag is null || c.Tags.Contains(Tag, StringComparer.OrdinalIgnoreCase))
            .Where(c => Status is null || c.Provenance.ReviewStatus == Status)
            .ToList();
        return new EntryPage
        {
            Entries = [.. matching.Skip((Page - 1) * PageSize).Take(PageSize).Select(c => EntrySummary.Of(c))],
            Page = Page,
            PageSize = PageSize,
            Total = matching.Count,
            Pages = (matching.Count + PageSize - 1) / PageSize,
        };
    }
}
