namespace Signpost.Browsing;

/// <summary>One page of a filtered entry list.</summary>
public sealed record EntryPage
{
    public List<EntrySummary> Entries { get; init; } = [];

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = EntryQuery.DefaultPageSize;

    /// <summary>How many entries match the filter, over all pages.</summary>
    public int Total { get; init; }

    public int Pages { get; init; }
}
