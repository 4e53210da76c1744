using Signpost.Canons;
using Signpost.Matching;

namespace Signpost.Tests.Matching;

public sealed class AsciiPatternTests
{
    public static TheoryData<int> Cases() => [.. Enumerable.Range(0, ScenarioCorpus.Read<List<AsciiCase>>("ascii-patterns.json").Count)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_pattern_it_reads_finds_the_match_the_regex_engine_finds(int index)
    {
        var c = ScenarioCorpus.Read<List<AsciiCase>>("ascii-patterns.json")[index];

        var pattern = AsciiPattern.TryRead(c.Pattern);

        Assert.Equal(c.Reads, pattern is not null);
        foreach (var line in c.Lines)
        {
            Assert.True(pattern!.TryMatch(line, out var found), $"no answer on {line}");
            Assert.Equal(RegexAnswer(c.Pattern, line), found);
        }
    }

    [Fact]
    public void A_line_that_is_not_ascii_is_left_to_the_regex()
    {
        var pattern = AsciiPattern.TryRead("kelvin")!;

        Assert.False(pattern.TryMatch("\u212Aelvin", out _));
        Assert.Equal(RegexAnswer("kelvin", "\u212Aelvin"), new EntryPattern(0, "kelvin").Run("\u212Aelvin"));
    }

    [Fact]
    public void A_search_past_its_budget_gives_up_and_the_regex_answers()
    {
        const string Source = "a.*a.*a.*a.*a.*b";
        var line = new string('a', 300);

        Assert.False(AsciiPattern.TryRead(Source)!.TryMatch(line, out _));
        Assert.Null(new EntryPattern(0, Source).Run(line + "c"));
        Assert.Equal(RegexAnswer(Source, line + "b"), new EntryPattern(0, Source).Run(line + "b"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("(?:)")]
    [InlineData(@"timeout (?:after|in) \d+ ?ms")]
    public void Reading_ahead_of_a_program_works_on_every_program_it_reads_even_an_empty_one(string source)
    {
        var pattern = AsciiPattern.TryRead(source)!;

        Assert.Null(Record.Exception(() => pattern.ReadAhead()));
    }

    private static (int Index, int Length)? RegexAnswer(string pattern, string line)
    {
        var match = PatternCompiler.TryCompileForCheck(pattern).Regex!.Match(line);
        return match.Success ? (match.Index, match.Length) : null;
    }

    private sealed record AsciiCase(string Pattern, bool Reads, List<string> Lines);
}
