using System.Text.Json;

namespace Signpost.Cli.Tests.Commands;

public sealed class LookupCommandTests
{
    private const string SeedError = "Error: Failed to request OIDC token: 403 Forbidden. The workflow is not allowed to request an OIDC token for this organization";
    private const string SeedId = "policy/github-actions-oidc-token-403-forbidden";

    [Fact]
    public async Task Seed_error_puts_the_seed_entry_first_in_json()
    {
        var run = await SignpostProcess.RunAsync("lookup", "--format", "json", SeedError);

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var first = json.RootElement.GetProperty("matches")[0];
        Assert.Equal(SeedId, first.GetProperty("id").GetString());
        Assert.True(first.TryGetProperty("why", out _));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    public async Task Text_and_markdown_show_the_same_answer(string format)
    {
        var run = await SignpostProcess.RunAsync("lookup", "--format", format, SeedError);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(SeedId, run.Out, StringComparison.Ordinal);
        Assert.Contains("Root Cause", run.Out, StringComparison.Ordinal);
        Assert.Contains("85% success", run.Out, StringComparison.Ordinal);
        Assert.Contains("100% fail", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chinese_shows_the_chinese_root_cause_and_steps()
    {
        var run = await SignpostProcess.RunAsync("lookup", "--format", "markdown", "--lang", "zh", SeedError);

        Assert.Contains("根本原因", run.Out, StringComparison.Ordinal);
        Assert.Contains("打开组织的 Settings > Actions > General > Permissions。", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_comes_from_stdin_when_no_argument_is_given()
    {
        var log = "Run actions/checkout@v4\n##[error]" + SeedError + "\nError: Process completed with exit code 1.\n";

        var run = await SignpostProcess.RunWithInputAsync(log, "lookup", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(SeedId, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_text_exits_1_with_no_matches()
    {
        var run = await SignpostProcess.RunAsync("lookup", "--format", "json", "the weather is pleasant today");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(0, json.RootElement.GetProperty("matches").GetArrayLength());
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--top", "0")]
    [InlineData("--lang", "fr")]
    [InlineData("--env", "novalue")]
    [InlineData("--corpus", "/no/such/folder")]
    [InlineData("--batch", "/no/such/file.jsonl")]
    public async Task Bad_usage_exits_2_with_a_message_and_no_stack_trace(string option, string value)
    {
        var run = await SignpostProcess.RunAsync("lookup", option, value, "x");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("signpost:", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_prints_one_result_line_per_query_in_order()
    {
        var batch = Path.GetTempFileName();
        await File.WriteAllLinesAsync(batch, [
            JsonSerializer.Serialize(new { query = SeedError }),
            JsonSerializer.Serialize(new { query = "nothing to see here at all" }),
            JsonSerializer.Serialize(new { query = SeedError }),
        ]);

        var run = await SignpostProcess.RunAsync("lookup", "--batch", batch);

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(SeedId, lines[0], StringComparison.Ordinal);
        Assert.Contains("\"matches\":[]", lines[1], StringComparison.Ordinal);
        Assert.Contains(SeedId, lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_batch_line_is_named_and_nothing_is_printed()
    {
        var run = await SignpostProcess.RunWithInputAsync("{\"query\": \"a\"}\nnot json\n", "lookup", "--batch", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("batch line 2", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }
}
