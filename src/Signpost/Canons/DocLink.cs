namespace Signpost.Canons;

/// <summary>An official documentation link.</summary>
public sealed record DocLink
{
    public required string Title { get; init; }

    public required string Url { get; init; }
}
