using System.CommandLine;
using System.ComponentModel;
using Signpost.Cli.Running;

namespace Signpost.Cli.Commands;

/// <summary>
/// <c>signpost run -- COMMAND ARGS...</c>: runs the command unchanged; when it fails, prints the
/// known entries for what it printed (and, in GitHub Actions, adds them to the job summary),
/// then exits with the command's own exit code.
/// </summary>
internal static class RunCommand
{
    /// <summary>The command's help line (the native executable lists it too).</summary>
    public const string Description = "Run a command; when it fails, show the known entries for its output. Keeps its output and exit code.";

    /// <summary>The shell's code for a command that could not be found or run.</summary>
    public const int CannotRun = 127;

    public static Command Create()
    {
        var commandLine = new Argument<string[]>("command") { Description = "The command and its arguments, after --.", Arity = ArgumentArity.OneOrMore };
        var top = new Option<int>("--top") { Description = "How many entries to show when the command fails.", DefaultValueFactory = _ => 3 };
        var command = new Command("run", Description)
        {
            commandLine, top, CommonOptions.Corpus,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var words = parse.GetValue(commandLine)!;
            using var tee = new ProcessTee();
            int exitCode;
            try
            {
                exitCode = await tee.RunAsync(words[0], words[1..], cancellation).ConfigureAwait(false);
            }
            catch (Win32Exception e)
            {
                await Console.Error.WriteLineAsync($"signpost: cannot run '{words[0]}': {e.Message}").ConfigureAwait(false);
                return CannotRun;
            }
            if (exitCode != 0)
            {
                var report = new FailureReport(string.Join(' ', words), exitCode, CommonOptions.CorpusDirectories(parse));
                await report.WriteAsync(tee.Output, parse.GetValue(top), cancellation).ConfigureAwait(false);
            }
            return exitCode;
        });
        return command;
    }
}
