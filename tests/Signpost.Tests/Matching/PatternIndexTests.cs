using Signpost.Matching;

namespace Signpost.Tests.Matching;

public sealed class PatternIndexTests
{
    [Fact]
    public void Entries_that_share_a_pattern_each_get_its_hit()
    {
        const string Shared = @"Pool overlaps with other one on this address space";
        var index = PatternIndex.Build([ScenarioCorpus.EntryWith(Shared, "docker/bridge-a"), ScenarioCorpus.EntryWith("no space left on device", "other/unrelated"), ScenarioCorpus.EntryWith(Shared, "docker/bridge-b")]);

        var hits = index.Find(LogView.Of("Error response from daemon: Pool overlaps with other one on this address space"));

        Assert.Equal(2, index.PatternCount);
        Assert.Equal([0, 2], hits.Select(h => h.Entry).Order());
        Assert.All(hits, h => Assert.Equal(28, h.Start));
    }

    [Fact]
    public void A_line_that_holds_no_alternative_whole_runs_no_pattern()
    {
        var index = PatternIndex.Build([ScenarioCorpus.EntryWith("(911.*japan|emergency.*call.*japan|110.*119)", "emergency/jp")]);
        var log = LogView.Of("Compiling module_110 (src/module_110/lib.rs) in 0.110s");

        Assert.Empty(index.Find(log));
        Assert.Equal(0, Assert.Single(index.Trace(log)).MayMatch);
    }
}
