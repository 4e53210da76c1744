namespace Signpost.Browsing;

/// <summary>Entries found for a keyword query, best first.</summary>
public sealed record SearchResult
{
    public required string Query { get; init; }

    public List<EntrySummary> Results { get; init; } = [];
}
