namespace Signpost.Canons;

/// <summary>The authored figures of an entry; reports move the live ones.</summary>
public sealed record Figures
{
    public double FixRate { get; init; }

    public double Confidence { get; init; }

    public int EvidenceCount { get; init; }

    /// <summary>ISO date (yyyy-MM-dd), or null when not sourced.</summary>
    public string? FirstSeen { get; init; }

    public string? LastConfirmed { get; init; }
}
