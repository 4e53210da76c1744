using Signpost.Matching;

namespace Signpost.Tests.Matching;

public sealed class HitSpecificityTests
{
    public static TheoryData<string> Cases() => [.. ScenarioCorpus.Read<List<SpecificityCase>>("specificity.json").Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_match_counts_the_characters_its_pattern_spells_out(string name)
    {
        var c = ScenarioCorpus.Read<List<SpecificityCase>>("specificity.json").Single(x => x.Name == name);
        var log = LogView.Of(c.Line);
        var pattern = new EntryPattern(0, c.Pattern);
        var (start, length) = pattern.Run(log.Lines[0].Raw) ?? throw new InvalidOperationException($"{c.Pattern} does not match {c.Line}");

        Assert.Equal(c.Chars, HitSpecificity.Chars(log, new PatternHit(pattern, pattern.Entry, 0, start, length)));
    }

    private sealed record SpecificityCase(string Name, string Pattern, string Line, int Chars);
}
