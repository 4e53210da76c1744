using System.Text.Json;
using Signpost.Canons;

namespace Signpost.Tests.Canons;

public sealed class BacktrackingRiskTests
{
    private static readonly Dictionary<string, string[]> Cases =
        JsonSerializer.Deserialize<Dictionary<string, string[]>>(TestFiles.Read("Canons", "Fixtures", "backtracking-risk.json"))!;

    public static TheoryData<string> Nested => [.. Cases["nested"]];

    public static TheoryData<string> Flat => [.. Cases["flat"]];

    [Theory]
    [MemberData(nameof(Nested))]
    public void A_repeated_group_that_repeats_or_branches_inside_is_nested(string pattern)
    {
        Assert.True(BacktrackingRisk.IsNested(pattern));
    }

    [Theory]
    [MemberData(nameof(Flat))]
    public void A_pattern_without_a_repeated_repeating_group_is_flat(string pattern)
    {
        Assert.False(BacktrackingRisk.IsNested(pattern));
    }

    [Fact]
    public void A_nested_pattern_compiles_to_the_non_backtracking_engine()
    {
        var (regex, _) = PatternCompiler.TryCompile("(a+)+$");

        Assert.True(regex!.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.NonBacktracking));
    }

    [Fact]
    public void A_flat_pattern_compiles_to_the_interpreter_with_a_timeout()
    {
        var (regex, _) = PatternCompiler.TryCompile("Forbidden.*exceeded quota");

        Assert.False(regex!.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.NonBacktracking));
        Assert.Equal(PatternCompiler.Timeout, regex.MatchTimeout);
    }

    [Fact]
    public void A_nested_pattern_the_non_backtracking_engine_cannot_run_keeps_a_timeout()
    {
        var (regex, _) = PatternCompiler.TryCompile(@"(\w+)\1+(a+)+");

        Assert.Equal(PatternCompiler.Timeout, regex!.MatchTimeout);
    }
}
