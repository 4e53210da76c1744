namespace Signpost.Browsing;

/// <summary>
/// One step of an entry's transition graph: the entry reached, how (leads_to, preceded_by,
/// confused_with), from which entry, at what depth, and the probability of the whole path.
/// </summary>
public sealed record ChainLink
{
    public required string Id { get; init; }

    /// <summary>The entry's title, or null when the id is not in the corpus.</summary>
    public string? Title { get; init; }

    public required string Relation { get; init; }

    public required string From { get; init; }

    public int Depth { get; init; }

    /// <summary>Product of the step probabilities from the start entry; null for confusions.</summary>
    public double? Probability { get; init; }

    /// <summary>When the step happens, or how to tell confused entries apart.</summary>
    public string? Condition { get; init; }
}
