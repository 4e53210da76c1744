namespace Signpost.Browsing;

/// <summary>A domain and how many entries it holds, by review status.</summary>
public sealed record DomainSummary
{
    public required string Name { get; init; }

    public int Entries { get; init; }

    public SortedDictionary<string, int> ReviewStatus { get; init; } = new(StringComparer.Ordinal);
}
