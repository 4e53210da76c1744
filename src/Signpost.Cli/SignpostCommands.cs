using System.CommandLine;
using Signpost.Cli.Commands;

namespace Signpost.Cli;

/// <summary>The <c>signpost</c> command tree.</summary>
internal static class SignpostCommands
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Signpost: paste an error or a whole log, get the known entry, its fixes and its dead ends.");
        root.Subcommands.Add(LookupCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
#if SIGNPOST_NATIVE
        foreach (var hosted in ManagedHost.Commands)
        {
            root.Subcommands.Add(ManagedHost.Listing(hosted));
        }
#else
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(McpCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
#endif
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
#if SIGNPOST_NATIVE
        if (ManagedHost.Runs(args))
        {
            return ManagedHost.Run(args);
        }
#endif
        var parse = Create().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"signpost: {error.Message}").ConfigureAwait(false);
            }
            await Console.Error.WriteLineAsync("Run `signpost --help` (or `signpost COMMAND --help`) for usage.").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"signpost: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }
    }
}
