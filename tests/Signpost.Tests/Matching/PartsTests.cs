using Signpost.Matching;

namespace Signpost.Tests.Matching;

public sealed class PartsTests
{
    public static TheoryData<int> Normalizer() => Indexes<NormalizerCase>("normalizer.json");

    public static TheoryData<int> Literals() => Indexes<LiteralCase>("literals.json");

    public static TheoryData<int> Versions() => Indexes<VersionCase>("versions.json");

    public static TheoryData<int> Requirements() => Indexes<RequirementCase>("requirements.json");

    public static TheoryData<int> Codes() => Indexes<CodeCase>("codes.json");

    [Theory]
    [MemberData(nameof(Normalizer))]
    public void Normalizer_strips_prefixes_and_classifies_the_line(int index)
    {
        var c = Case<NormalizerCase>("normalizer.json", index);
        var line = Assert.Single(LogNormalizer.Normalize(c.Input));

        Assert.Equal(c.Text, line.Text);
        Assert.Equal(c.Kind, line.Kind.ToString());
    }

    [Theory]
    [MemberData(nameof(Literals))]
    public void Literal_extraction_finds_the_required_factors(int index)
    {
        var c = Case<LiteralCase>("literals.json", index);

        Assert.Equal(c.Factors.Order(StringComparer.Ordinal), LiteralExtractor.Factors(c.Pattern).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Requirements))]
    public void A_line_lacking_a_required_literal_is_skipped_and_agrees_with_the_pattern(int index)
    {
        var c = Case<RequirementCase>("requirements.json", index);
        var patterns = PatternIndex.Build([ScenarioCorpus.EntryWith(c.Pattern)]);
        var mayMatch = patterns.Trace(LogView.Of(c.Line)).Any(p => p.MayMatch > 0);

        Assert.Equal(c.MayMatch, mayMatch);
        Assert.False(!c.MayMatch && new EntryPattern(0, c.Pattern).Run(c.Line) is not null, "the pattern matched a line its requirements ruled out");
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Version_ranges_are_evaluated(int index)
    {
        var c = Case<VersionCase>("versions.json", index);

        Assert.Equal(c.Contains, VersionRange.Contains(c.Range, c.Version));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Error_codes_are_found(int index)
    {
        var c = Case<CodeCase>("codes.json", index);

        Assert.Equal(c.Codes, ErrorCodes.Find(c.Text).Select(x => x.Value));
    }

    private static TheoryData<int> Indexes<T>(string file) => [.. Enumerable.Range(0, ScenarioCorpus.Read<List<T>>(file).Count)];

    private static T Case<T>(string file, int index) => ScenarioCorpus.Read<List<T>>(file)[index];

    private sealed record NormalizerCase(string Input, string Text, string Kind);

    private sealed record LiteralCase(string Pattern, List<string> Factors);

    private sealed record RequirementCase(string Pattern, string Line, bool MayMatch);

    private sealed record VersionCase(string Range, string Version, bool? Contains);

    private sealed record CodeCase(string Text, List<string> Codes);
}
