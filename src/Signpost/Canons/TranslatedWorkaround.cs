namespace Signpost.Canons;

/// <summary>A workaround's text in another language, in the same order as the English.</summary>
public sealed record TranslatedWorkaround
{
    public required string Action { get; init; }

    public List<string> Steps { get; init => field = value ?? []; } = [];

    public string? Condition { get; init; }

    public string? Tradeoff { get; init; }
}
