using Signpost.Canons;

namespace Signpost.Browsing;

/// <summary>One line about an entry, for lists and search results.</summary>
public sealed record EntrySummary
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Domain { get; init; }

    public string Category { get; init; } = "";

    public List<string> Tags { get; init; } = [];

    public string ReviewStatus { get; init; } = ReviewStatuses.AiGenerated;

    public string Resolvable { get; init; } = "true";

    public double FixRate { get; init; }

    /// <summary>Relevance to a search query; absent outside search results.</summary>
    public double? Score { get; init; }

    public static EntrySummary Of(Canon canon, double? score = null)
    {
        ArgumentNullException.ThrowIfNull(canon);
        return new EntrySummary
        {
            Id = canon.Id,
            Title = canon.Signature,
            Domain = canon.Domain,
            Category = canon.Category,
            Tags = canon.Tags,
            ReviewStatus = canon.Provenance.ReviewStatus,
            Resolvable = canon.Resolvable,
            FixRate = canon.Figures.FixRate,
            Score = score is null ? null : Math.Round(score.Value, 4),
        };
    }
}
