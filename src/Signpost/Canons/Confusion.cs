namespace Signpost.Canons;

/// <summary>An entry this one is often mistaken for, and how to tell them apart.</summary>
public sealed record Confusion
{
    public required string Id { get; init; }

    public string? Distinction { get; init; }
}
