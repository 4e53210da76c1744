using Signpost.Matching;

namespace Signpost.Tests.Matching;

public sealed class MatcherTests
{
    private static readonly Matcher Matcher = Matcher.Build(ScenarioCorpus.Corpus);

    public static TheoryData<string> Lookups() => [.. ScenarioLookup.All.Select(l => l.Name)];

    [Theory]
    [MemberData(nameof(Lookups))]
    public void Lookup_finds_the_expected_entry(string name)
    {
        var lookup = ScenarioLookup.All.Single(l => l.Name == name);
        var result = Matcher.Match(lookup.Query, new LookupOptions { Env = lookup.Env });

        Assert.Equal(lookup.Top, result.Matches.FirstOrDefault()?.Id);
        if (lookup.Verdict is not null)
        {
            Assert.Equal(lookup.Verdict, result.Matches[0].VersionVerdict);
        }
    }

    [Fact]
    public void Every_entry_finds_itself_from_its_signature()
    {
        foreach (var canon in ScenarioCorpus.Corpus.All.Where(c => !c.Id.StartsWith("node/old-openssl", StringComparison.Ordinal)))
        {
            Assert.Equal(canon.Id, Matcher.Match(canon.Signature).Matches.FirstOrDefault()?.Id);
        }
    }

    [Fact]
    public void Every_match_says_why()
    {
        var match = Matcher.Match("boot ok\nerror TS2307: Cannot find module 'left-pad' or its corresponding type declarations").Matches[0];

        Assert.Equal(2, match.Why.Line);
        Assert.Equal("TS2307", match.Why.LineText.Substring(match.Why.SpanStart, match.Why.SpanLength));
        Assert.Contains("<name>", match.Why.Template, StringComparison.Ordinal);
        Assert.Contains("pattern", match.Why.Parts.Keys);
        Assert.NotEmpty(match.Why.Tokens);
    }

    [Fact]
    public void A_log_with_two_failures_yields_two_episodes_in_log_order()
    {
        var log = string.Join('\n', [
            "Step 1/4 : RUN pip install -r requirements.txt",
            "ModuleNotFoundError: No module named 'yaml'",
            .. Enumerable.Range(0, 12).Select(i => $"step {i} done"),
            "failed to register layer: write /usr/lib/x.so: no space left on device",
        ]);

        var episodes = Matcher.Match(log).Episodes;

        Assert.Equal(["python/module-not-found", "docker/no-space-left"], episodes.Select(e => e.Matches[0].Id));
        Assert.True(episodes[0].LastLine < episodes[1].FirstLine);
    }
}
