namespace Signpost.Canons;

/// <summary>
/// An entry's text fields in another language. <see cref="SourceHash"/> fingerprints the
/// English text it was made from, so a change to the English marks it stale.
/// </summary>
public sealed record Translation
{
    public required string SourceHash { get; init; }

    public string? RootCause { get; init; }

    public List<TranslatedWorkaround> Workarounds { get; init => field = value ?? []; } = [];

    public List<TranslatedDeadEnd> DeadEnds { get; init => field = value ?? []; } = [];

    /// <summary>Version-row notes, in the order of the rows (null where a row has none).</summary>
    public List<string?> VersionNotes { get; init => field = value ?? []; } = [];

    /// <summary>Conditions of <c>leads_to</c> transitions, in order.</summary>
    public List<string?> LeadsTo { get; init => field = value ?? []; } = [];

    /// <summary>Conditions of <c>preceded_by</c> transitions, in order.</summary>
    public List<string?> PrecededBy { get; init => field = value ?? []; } = [];

    /// <summary>Distinctions of <c>confused_with</c> links, in order.</summary>
    public List<string?> ConfusedWith { get; init => field = value ?? []; } = [];
}
