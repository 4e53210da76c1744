namespace Signpost.Storage;

/// <summary>Counts of reports for one workaround of one entry in one environment (null: none given).</summary>
public sealed record OutcomeTally(int Workaround, string? Environment, long Worked, long Failed)
{
    public long Total => Worked + Failed;
}
