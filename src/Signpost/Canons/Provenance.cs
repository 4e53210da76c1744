namespace Signpost.Canons;

/// <summary>Who wrote an entry, when, how far it is reviewed, and under what licence.</summary>
public sealed record Provenance
{
    /// <summary>"ai_generated", "human_reviewed" or "community_verified".</summary>
    public string ReviewStatus { get; init => field = value ?? ReviewStatuses.AiGenerated; } = ReviewStatuses.AiGenerated;

    public string? Author { get; init; }

    public string? Created { get; init; }

    public string? Updated { get; init; }

    /// <summary>Where the entry came from when imported (an URL or a corpus name).</summary>
    public string? Source { get; init; }

    public string? License { get; init; }

    public string? Attribution { get; init; }
}
