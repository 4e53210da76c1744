using Signpost.Canons;
using Signpost.Matching;

namespace Signpost.Tests.Matching;

public sealed class PatternIndexTests
{
    [Fact]
    public void Entries_that_share_a_pattern_each_get_its_hit()
    {
        const string Shared = @"Pool overlaps with other one on this address space";
        var index = PatternIndex.Build([Entry("docker/bridge-a", Shared), Entry("other/unrelated", "no space left on device"), Entry("docker/bridge-b", Shared)]);

        var hits = index.Find(LogView.Of("Error response from daemon: Pool overlaps with other one on this address space"));

        Assert.Equal(2, index.PatternCount);
        Assert.Equal([0, 2], hits.Select(h => h.Entry).Order());
        Assert.All(hits, h => Assert.Equal(28, h.Start));
    }

    [Fact]
    public void A_line_that_holds_no_alternative_whole_runs_no_pattern()
    {
        var index = PatternIndex.Build([Entry("emergency/jp", "(911.*japan|emergency.*call.*japan|110.*119)")]);
        var log = LogView.Of("Compiling module_110 (src/module_110/lib.rs) in 0.110s");

        Assert.Empty(index.Find(log));
        Assert.Equal(0, Assert.Single(index.Trace(log)).MayMatch);
    }

    private static Canon Entry(string id, string pattern) => new()
    {
        Id = id,
        Signature = pattern,
        Domain = id.Split('/')[0],
        Patterns = [pattern],
        Figures = new Figures(),
        RootCause = "",
        Provenance = new Provenance(),
    };
}
