namespace Signpost.Canons;

/// <summary>A link to another entry with how likely the step is.</summary>
public sealed record Transition
{
    public required string Id { get; init; }

    public double Probability { get; init; }

    public string? Condition { get; init; }
}
