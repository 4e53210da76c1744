using System.Diagnostics;
using System.Text;

namespace Signpost.Cli.Tests;

/// <summary>
/// Runs the real <c>signpost</c> program as users run it: the managed build next to the tests, or the
/// executable named by SIGNPOST_TEST_EXECUTABLE (the native one from <c>dotnet publish src/Signpost.Cli -r RID</c>).
/// </summary>
internal static class SignpostProcess
{
    public const string Variable = "SIGNPOST_TEST_EXECUTABLE";

    public sealed record Outcome(int ExitCode, string Out, string Error);

    /// <summary>Starts <c>signpost</c> with every stream redirected; <paramref name="environment"/> adds variables.</summary>
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var executable = Environment.GetEnvironmentVariable(Variable);
        var start = new ProcessStartInfo(string.IsNullOrEmpty(executable) ? "dotnet" : Path.GetFullPath(executable))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (string.IsNullOrEmpty(executable))
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "signpost.dll"));
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // The CI's own GitHub Actions variables must not reach the program under test.
        start.Environment.Remove("GITHUB_ACTIONS");
        start.Environment.Remove("GITHUB_STEP_SUMMARY");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        return Process.Start(start)!;
    }

    public static async Task<Outcome> RunWithInputAsync(string? stdin, params string[] args) => await RunAsync(stdin, null, args);

    public static Task<Outcome> RunAsync(params string[] args) => RunAsync(null, null, args);

    public static Task<Outcome> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAsync(null, environment, args);

    private static async Task<Outcome> RunAsync(string? stdin, IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        using var process = Start(args, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output, await error);
    }
}
