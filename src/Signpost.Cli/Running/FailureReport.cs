using Signpost.Matching;
using Signpost.Web.Mcp;

namespace Signpost.Cli.Running;

/// <summary>What <c>signpost run</c> says about a failed command: on stderr, and in the GitHub Actions job summary.</summary>
internal sealed record FailureReport(string CommandLine, int ExitCode, IReadOnlyList<string> CorpusDirectories)
{
    public async Task WriteAsync(string output, int top, CancellationToken cancellationToken)
    {
        var kb = new KnowledgeBase(new CorpusSource(CorpusDirectories));
        var result = kb.Matcher.Match(output, new LookupOptions { Top = top });
        var markdown = ToolMarkdown.Lookup(result, kb.Corpus, followUp: "Read an entry in full with: signpost show ID");
        var heading = result.Matches.Count == 0
            ? $"signpost: `{CommandLine}` failed (exit {ExitCode}); no known entry for its output."
            : $"signpost: `{CommandLine}` failed (exit {ExitCode}). Known entries for its output:";
        await Console.Error.WriteLineAsync($"\n{heading}\n").ConfigureAwait(false);
        if (result.Matches.Count > 0)
        {
            await Console.Error.WriteAsync(markdown).ConfigureAwait(false);
        }
        if (Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true"
            && Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
        {
            await File.AppendAllTextAsync(summary, $"### {heading}\n\n{(result.Matches.Count > 0 ? markdown : "")}\n", cancellationToken).ConfigureAwait(false);
        }
    }
}
