namespace Signpost.Web.Api;

/// <summary>A lookup: the error text or log, the user's environment, how many entries to return.</summary>
public sealed record LookupRequest
{
    public const int MaxTop = 50;

    /// <summary>The error text or a whole log.</summary>
    public string? Text { get; init; }

    /// <summary>Environment facts such as os=linux or node=20.11.0; they rank entries and pick version verdicts.</summary>
    public Dictionary<string, string>? Env { get; init; }

    /// <summary>How many entries at most (1..50, default 5).</summary>
    public int? Top { get; init; }

    /// <summary>What is wrong with the request, or null when it can run.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(Text) ? "text is required: send the error text or log as {\"text\": \"...\"}."
        : Top is < 1 or > MaxTop ? $"top must be between 1 and {MaxTop}, not {Top}."
        : null;

    public Signpost.Matching.LookupOptions ToOptions() => new()
    {
        Env = Env ?? [],
        Top = Top ?? Signpost.Matching.LookupOptions.Default.Top,
    };
}
