namespace Signpost.Canons;

/// <summary>Something that fixes the error, with how often it works.</summary>
public sealed record Workaround
{
    public required string Action { get; init; }

    public List<string> Steps { get; init => field = value ?? []; } = [];

    public double SuccessRate { get; init; }

    public string? Condition { get; init; }

    public string? Tradeoff { get; init; }

    public List<string> Sources { get; init => field = value ?? []; } = [];
}
