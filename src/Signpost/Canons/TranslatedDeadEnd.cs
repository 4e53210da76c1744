namespace Signpost.Canons;

/// <summary>A dead end's text in another language, in the same order as the English.</summary>
public sealed record TranslatedDeadEnd
{
    public required string Action { get; init; }

    public required string Why { get; init; }

    public string? Condition { get; init; }

    public string? Misconception { get; init; }
}
