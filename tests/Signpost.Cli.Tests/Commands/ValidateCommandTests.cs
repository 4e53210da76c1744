namespace Signpost.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task A_broken_folder_exits_1_listing_file_path_and_problem()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        Directory.CreateDirectory(Path.Combine(folder, "demo"));
        await File.WriteAllTextAsync(Path.Combine(folder, "demo", "broken.json"), "{ \"id\": ");

        var run = await SignpostProcess.RunAsync("validate", folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Path.Combine(folder, "demo", "broken.json") + ": $: not a valid entry", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_is_bad_usage()
    {
        var run = await SignpostProcess.RunAsync("validate", "/no/such/corpus");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }
}
