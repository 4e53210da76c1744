namespace Signpost.Matching;

/// <summary>One failure within a longer log: its line span and the entries that describe it.</summary>
public sealed record Episode
{
    public int FirstLine { get; init; }

    public int LastLine { get; init; }

    public List<EntryMatch> Matches { get; init; } = [];
}
