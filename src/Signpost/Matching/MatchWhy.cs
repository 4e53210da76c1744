namespace Signpost.Matching;

/// <summary>Why an entry matched: the line and span, the pattern or tokens, and the score parts.</summary>
public sealed record MatchWhy
{
    /// <summary>1-based line of the input that matched.</summary>
    public int Line { get; init; }

    public string LineText { get; init; } = "";

    public int SpanStart { get; init; }

    public int SpanLength { get; init; }

    public string? Pattern { get; init; }

    public List<string> Tokens { get; init; } = [];

    /// <summary>The matched line with volatile parts (paths, numbers, names) masked.</summary>
    public string? Template { get; init; }

    public Dictionary<string, double> Parts { get; init; } = [];
}
