using Signpost.Canons;

namespace Signpost.Cli.Tests.Commands;

public sealed class ShowCommandTests
{
    private const string SeedId = "policy/github-actions-oidc-token-403-forbidden";

    [Fact]
    public async Task Markdown_carries_every_element_of_the_seed_page()
    {
        var run = await SignpostProcess.RunAsync("show", SeedId, "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        foreach (var element in new[] { "Fix Rate", "Confidence", "Evidence", "First Seen", "Version Compatibility", "GitHub Actions runner 2.315.0",
            "GitHub Enterprise Server 3.10", "GitHub REST API 2022-11-28", "Root Cause", "Official Documentation", "Workarounds", "Dead Ends" })
        {
            Assert.Contains(element, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Json_is_the_entry_itself()
    {
        var run = await SignpostProcess.RunAsync("show", SeedId, "--format", "json");

        Assert.Equal(SeedId, CanonJson.Read(run.Out).Id);
    }

    [Fact]
    public async Task Chinese_markdown_uses_chinese_headings()
    {
        var run = await SignpostProcess.RunAsync("show", SeedId, "--format", "markdown", "--lang", "zh");

        Assert.Contains("## 根本原因", run.Out, StringComparison.Ordinal);
        Assert.Contains("## 无效尝试", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_id_exits_1_and_suggests_close_ids()
    {
        var run = await SignpostProcess.RunAsync("show", "policy/github-actions-oidc-token-403-forbidden-typo");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no entry", run.Error, StringComparison.Ordinal);
    }
}
