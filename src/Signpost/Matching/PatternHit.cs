namespace Signpost.Matching;

/// <summary>Where an entry's pattern matched: the entry, the line (index into the normalized lines) and the span in it.</summary>
internal sealed record PatternHit(EntryPattern Pattern, int Entry, int LineIndex, int Start, int Length);
