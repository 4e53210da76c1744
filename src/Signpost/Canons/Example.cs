namespace Signpost.Canons;

/// <summary>A real error text as it appeared in a log, with where it was found.</summary>
public sealed record Example
{
    public required string Text { get; init; }

    public string? Source { get; init; }
}
