namespace Signpost.Matching;

/// <summary>A pattern, or one top-level alternative of it, as the index holds it: its source and what its literals say (<see cref="PatternLiterals"/>).</summary>
internal sealed record PatternPart(string Source, PatternLiterals Literals)
{
    /// <summary>
    /// The parts of a pattern that can be indexed: the whole pattern when it requires a literal,
    /// else each top-level alternative that does. An alternative with no literal of three characters
    /// would have to run on every line of every lookup; it is left out, and its entry is found by its words.
    /// </summary>
    public static IEnumerable<PatternPart> Of(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var whole = new PatternPart(pattern, LiteralExtractor.Read(pattern));
        if (whole.Literals.Factors.Count > 0)
        {
            return [whole];
        }
        var branches = LiteralExtractor.Branches(pattern);
        return branches.Count < 2 ? [] : branches.Select(b => new PatternPart(b, LiteralExtractor.Read(b))).Where(b => b.Literals.Factors.Count > 0);
    }
}
