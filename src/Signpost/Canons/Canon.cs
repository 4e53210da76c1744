namespace Signpost.Canons;

/// <summary>
/// One entry of the knowledge base: an error as users see it, why it happens,
/// what fixes it, what wastes time, and where it sits among other errors.
/// </summary>
public sealed record Canon
{
    public required string Id { get; init; }

    /// <summary>The error as users see it; the entry's title.</summary>
    public required string Signature { get; init; }

    public required string Domain { get; init; }

    public string Category { get; init; } = "";

    public List<string> Tags { get; init; } = [];

    /// <summary>"true", "partial" or "false": can the error be fixed by the user.</summary>
    public string Resolvable { get; init; } = "true";

    /// <summary>Regular expressions that recognise the error in a log.</summary>
    public List<string> Patterns { get; init; } = [];

    /// <summary>Real error texts as they appear in logs; each must find this entry first.</summary>
    public List<Example> Examples { get; init; } = [];

    public required Figures Figures { get; init; }

    public List<VersionRow> Versions { get; init; } = [];

    /// <summary>Operating system or runtime the entry is specific to, when it is.</summary>
    public Dictionary<string, string> Environment { get; init; } = [];

    public required string RootCause { get; init; }

    public List<DocLink> Docs { get; init; } = [];

    public List<Workaround> Workarounds { get; init; } = [];

    public List<DeadEnd> DeadEnds { get; init; } = [];

    public Transitions Transitions { get; init; } = new();

    public required Provenance Provenance { get; init; }

    /// <summary>Translations keyed by language code ("zh").</summary>
    public Dictionary<string, Translation> Translations { get; init; } = [];
}
