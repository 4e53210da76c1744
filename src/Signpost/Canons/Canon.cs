namespace Signpost.Canons;

/// <summary>
/// One entry of the knowledge base: an error as users see it, why it happens,
/// what fixes it, what wastes time, and where it sits among other errors.
/// </summary>
/// <remarks>
/// Optional parts here and in the entry's records keep their defaults when set to null: the
/// generated JSON reader (<see cref="CanonJsonContext"/>) passes null for a field a file omits.
/// </remarks>
public sealed record Canon
{
    public required string Id { get; init; }

    /// <summary>The error as users see it; the entry's title.</summary>
    public required string Signature { get; init; }

    public required string Domain { get; init; }

    public string Category { get; init => field = value ?? ""; } = "";

    public List<string> Tags { get; init => field = value ?? []; } = [];

    /// <summary>"true", "partial" or "false": can the error be fixed by the user.</summary>
    public string Resolvable { get; init => field = value ?? "true"; } = "true";

    /// <summary>Regular expressions that recognise the error in a log.</summary>
    public List<string> Patterns { get; init => field = value ?? []; } = [];

    /// <summary>Real error texts as they appear in logs; each must find this entry first.</summary>
    public List<Example> Examples { get; init => field = value ?? []; } = [];

    public required Figures Figures { get; init; }

    public List<VersionRow> Versions { get; init => field = value ?? []; } = [];

    /// <summary>Operating system or runtime the entry is specific to, when it is.</summary>
    public Dictionary<string, string> Environment { get; init => field = value ?? []; } = [];

    public required string RootCause { get; init; }

    public List<DocLink> Docs { get; init => field = value ?? []; } = [];

    public List<Workaround> Workarounds { get; init => field = value ?? []; } = [];

    public List<DeadEnd> DeadEnds { get; init => field = value ?? []; } = [];

    public Transitions Transitions { get; init => field = value ?? new(); } = new();

    public required Provenance Provenance { get; init; }

    /// <summary>Translations keyed by language code ("zh").</summary>
    public Dictionary<string, Translation> Translations { get; init => field = value ?? []; } = [];
}
