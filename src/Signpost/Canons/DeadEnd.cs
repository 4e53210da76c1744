namespace Signpost.Canons;

/// <summary>Something people try that does not fix the error, and why.</summary>
public sealed record DeadEnd
{
    public required string Action { get; init; }

    public required string Why { get; init; }

    public double FailRate { get; init; }

    public string? Condition { get; init; }

    /// <summary>The belief that makes people try it, when worth saying.</summary>
    public string? Misconception { get; init; }

    public List<string> Sources { get; init => field = value ?? []; } = [];
}
