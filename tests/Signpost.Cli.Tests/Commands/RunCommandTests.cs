namespace Signpost.Cli.Tests.Commands;

public sealed class RunCommandTests
{
    private const string SeedId = "policy/github-actions-oidc-token-403-forbidden";
    private const string SeedFailure = "echo \"Error: Failed to request OIDC token: 403 Forbidden\" >&2; exit 3";

    [Fact]
    public async Task Failing_command_prints_the_seed_entry_and_keeps_its_exit_code()
    {
        var (exitCode, _, stderr) = await SignpostProcess.RunAsync("run", "--", "sh", "-c", SeedFailure);

        Assert.Equal(3, exitCode);
        Assert.StartsWith("Error: Failed to request OIDC token: 403 Forbidden\n", stderr, StringComparison.Ordinal);
        Assert.Contains(SeedId, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Succeeding_command_output_passes_through_unchanged()
    {
        var (exitCode, stdout, stderr) = await SignpostProcess.RunAsync("run", "--", "sh", "-c", "printf 'one\\ntwo\\n\\tthree'; printf 'warn' >&2");

        Assert.Equal(0, exitCode);
        Assert.Equal("one\ntwo\n\tthree", stdout);
        Assert.Equal("warn", stderr);
    }

    [Fact]
    public async Task Failing_command_output_passes_through_before_the_entries()
    {
        var (exitCode, stdout, stderr) = await SignpostProcess.RunAsync("run", "--", "sh", "-c", "echo building; " + SeedFailure);

        Assert.Equal(3, exitCode);
        Assert.Equal("building\n", stdout);
        Assert.Contains(SeedId, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failure_no_entry_knows_is_said_plainly()
    {
        var (exitCode, _, stderr) = await SignpostProcess.RunAsync("run", "--", "sh", "-c", "echo 'the quick brown fox'; exit 1");

        Assert.Equal(1, exitCode);
        Assert.Contains("no known entry", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_github_actions_the_entries_go_to_the_job_summary()
    {
        var summary = Path.GetTempFileName();
        try
        {
            var (exitCode, _, _) = await SignpostProcess.RunWithEnvironmentAsync(
                new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary }, "run", "--", "sh", "-c", SeedFailure);

            Assert.Equal(3, exitCode);
            var text = await File.ReadAllTextAsync(summary);
            Assert.StartsWith("### signpost:", text, StringComparison.Ordinal);
            Assert.Contains(SeedId, text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(summary);
        }
    }

    [Fact]
    public async Task Command_that_cannot_start_exits_127_with_a_message()
    {
        var (exitCode, _, stderr) = await SignpostProcess.RunAsync("run", "--", "no-such-command-signpost-test");

        Assert.Equal(127, exitCode);
        Assert.Contains("cannot run 'no-such-command-signpost-test'", stderr, StringComparison.Ordinal);
    }
}
