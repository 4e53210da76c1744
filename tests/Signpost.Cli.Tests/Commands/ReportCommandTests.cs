using Signpost.Storage;

namespace Signpost.Cli.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private const string Seed = "policy/github-actions-oidc-token-403-forbidden";

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("signpost-report-");

    public void Dispose() => _data.Delete(recursive: true);

    [Fact]
    public async Task A_local_report_is_stored_and_moves_the_rate()
    {
        var run = await RunAsync("report", Seed, "--workaround", "0", "--failed", "--env", "os=linux", "--note", "mail ana@example.com");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Workaround 0 of {Seed}", run.Out, StringComparison.Ordinal);
        await using var store = SqliteStateStore.InFolder(_data.FullName);
        Assert.Equal([new OutcomeTally(0, "linux", 0, 1)], await store.TallyAsync(Seed));
    }

    [Theory]
    [InlineData("policy/no-such-entry", "0", 1, "No entry has the id")]
    [InlineData(Seed, "7", 2, "use an index from 0 (the first) to 2")]
    public async Task A_report_the_corpus_cannot_take_says_why(string id, string workaround, int exitCode, string message)
    {
        var run = await RunAsync("report", id, "--workaround", workaround, "--worked");

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worked_and_failed_together_is_bad_usage()
    {
        var run = await RunAsync("report", Seed, "--workaround", "0", "--worked", "--failed");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("exactly one of --worked or --failed", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_to_a_server_that_is_down_says_so()
    {
        var run = await RunAsync("report", Seed, "--workaround", "0", "--worked", "--server", "http://127.0.0.1:9");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("could not reach 127.0.0.1:9", run.Error, StringComparison.Ordinal);
    }

    private Task<SignpostProcess.Outcome> RunAsync(params string[] args) =>
        SignpostProcess.RunWithEnvironmentAsync(new Dictionary<string, string> { ["SIGNPOST_DATA"] = _data.FullName }, args);
}
