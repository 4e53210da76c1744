using Signpost.Matching;

namespace Signpost.Tests.Matching;

public sealed class SafetyTests
{
    private static readonly Matcher Matcher = Matcher.Build(ScenarioCorpus.Corpus);

    [Fact]
    public void Catastrophic_patterns_run_on_hostile_input_and_return()
    {
        var hostile = "hostile" + new string('a', 50_000) + "!\nhostile" + new string('x', 40_000) + "\nhostile" + string.Concat(Enumerable.Repeat("word ", 20_000)) + "!";

        var result = Matcher.Match(hostile);

        Assert.NotNull(result);
    }

    [Fact]
    public void Input_over_one_MiB_keeps_its_tail()
    {
        var text = new string('z', LogNormalizer.MaxChars) + "\nModuleNotFoundError: No module named 'requests'";

        var result = Matcher.Match(text);

        Assert.Equal("python/module-not-found", result.Matches[0].Id);
        Assert.Equal(2, result.Matches[0].Why.Line);
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_read_for_its_start()
    {
        var text = "ModuleNotFoundError: No module named 'requests' " + new string('z', LogNormalizer.MaxLineChars * 2);

        var line = Assert.Single(LogNormalizer.Normalize(text));

        Assert.Equal(LogNormalizer.MaxLineChars, line.Raw.Length);
        Assert.Equal("python/module-not-found", Matcher.Match(text).Matches[0].Id);
    }

    [Fact]
    public void A_pattern_part_without_a_literal_is_not_indexed()
    {
        var parts = PatternPart.Of("(tank man|6.4|june 4.*1989)").Select(p => p.Source);

        Assert.Equal(["tank man", "june 4.*1989"], parts);
        Assert.Empty(PatternPart.Of("(a+)+$"));
    }

    [Fact]
    public void A_pattern_that_does_not_compile_never_matches()
    {
        Assert.Null(new EntryPattern(0, "(unclosed").Run("(unclosed"));
    }
}
