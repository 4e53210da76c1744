namespace Signpost.Matching;

/// <summary>
/// What <see cref="LiteralExtractor.Read"/> finds in a pattern: the factor set to index it by, every
/// literal set a match requires, and, for a pattern of several top-level alternatives that each
/// require literals, each alternative's sets (else none).
/// </summary>
internal sealed record PatternLiterals(IReadOnlyList<string> Factors, IReadOnlyList<string[]> Requirements, IReadOnlyList<IReadOnlyList<string[]>> Alternatives)
{
    public static PatternLiterals None { get; } = new([], [], []);
}
