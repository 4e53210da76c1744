namespace Signpost.Canons;

/// <summary>
/// One row of the version table: a product and a version or range
/// (such as <c>&gt;=2.300 &lt;3</c>) with its status.
/// </summary>
public sealed record VersionRow
{
    public required string Product { get; init; }

    public required string Version { get; init; }

    /// <summary>"affected", "fixed", "active" or "deprecated".</summary>
    public string Status { get; init => field = value ?? "affected"; } = "affected";

    public string? Introduced { get; init; }

    public string? Deprecated { get; init; }

    public string? Notes { get; init; }
}
