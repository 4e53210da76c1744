namespace Signpost.Matching;

/// <summary>
/// A pattern, or one top-level alternative of it, as the index holds it: the factor set its
/// literals are indexed by, every literal set a match of it requires, and, when it has several
/// alternatives that each require literals, each alternative's sets.
/// </summary>
internal sealed record PatternPart(string Source, IReadOnlyList<string> Factors, IReadOnlyList<string[]> Requirements, IReadOnlyList<IReadOnlyList<string[]>> Alternatives)
{
    /// <summary>
    /// The parts of a pattern that can be indexed: the whole pattern when it requires a literal,
    /// else each top-level alternative that does. An alternative with no literal of three characters
    /// would have to run on every line of every lookup; it is left out, and its entry is found by its words.
    /// </summary>
    public static IEnumerable<PatternPart> Of(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var read = LiteralExtractor.Read(pattern);
        if (read.Factors.Count > 0)
        {
            return [new PatternPart(pattern, read.Factors, read.Requirements, read.Alternatives)];
        }
        var branches = LiteralExtractor.Branches(pattern);
        return branches.Count < 2 ? [] : branches.Select(Whole).Where(b => b.Factors.Count > 0);
    }

    private static PatternPart Whole(string source)
    {
        var read = LiteralExtractor.Read(source);
        return new PatternPart(source, read.Factors, read.Requirements, read.Alternatives);
    }
}
