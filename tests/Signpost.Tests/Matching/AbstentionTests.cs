using Signpost.Matching;

namespace Signpost.Tests.Matching;

public sealed class AbstentionTests
{
    private static readonly EntryPattern Pattern = new(0, "any");

    public static TheoryData<string> Rivals() => [.. ScenarioCorpus.Read<List<RivalCase>>("rivals.json").Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Rivals))]
    public void Only_real_alternatives_narrow_the_margin(string name)
    {
        var c = ScenarioCorpus.Read<List<RivalCase>>("rivals.json").Single(x => x.Name == name);
        var top = new Candidate(0) { Hit = Hit(c.Top) };
        var other = new Candidate(1) { Hit = Hit(c.Other), CodeConflict = c.Conflict };

        Assert.Equal(c.Discounted, Abstention.Discounted(top, other));
    }

    [Fact]
    public void A_discounted_rival_leaves_the_margin_to_the_next_one()
    {
        var top = new Candidate(0) { Score = 0.5 };
        var contradicted = new Candidate(1) { Score = 0.45, CodeConflict = true };
        var next = new Candidate(2) { Score = 0.3 };

        Assert.Equal(0.2, Abstention.MarginOf([top, contradicted, next], (_, _) => false), 6);
    }

    private static PatternHit? Hit(Span? span) => span is null ? null : new PatternHit(Pattern, Pattern.Entry, span.Line, span.Start, span.Length);

    private sealed record Span(int Line, int Start, int Length);

    private sealed record RivalCase(string Name, Span? Top, Span? Other, bool Discounted)
    {
        public bool Conflict { get; init; }
    }
}
