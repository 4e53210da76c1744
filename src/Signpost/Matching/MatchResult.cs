namespace Signpost.Matching;

/// <summary>
/// The answer to a lookup: the best entries for the whole text, best first, empty when no
/// known entry fits; and for a log with several failures, one episode each.
/// </summary>
public sealed record MatchResult
{
    public static readonly MatchResult None = new();

    public List<EntryMatch> Matches { get; init; } = [];

    public List<Episode> Episodes { get; init; } = [];
}
