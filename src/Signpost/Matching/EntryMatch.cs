namespace Signpost.Matching;

/// <summary>One entry found for a text, with its score and why it matched.</summary>
public sealed record EntryMatch
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Domain { get; init; }

    /// <summary>Ranking score; higher is better. Comparable within one lookup only.</summary>
    public double Score { get; init; }

    /// <summary>How sure the engine is that this entry describes the text (0..1).</summary>
    public double Confidence { get; init; }

    public required MatchWhy Why { get; init; }

    /// <summary>"affected", "not affected", "fixed in X", or null when no version is known.</summary>
    public string? VersionVerdict { get; init; }
}
