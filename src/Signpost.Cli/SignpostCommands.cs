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
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parse = Create().Parse(args);
        return await parse.InvokeAsync().ConfigureAwait(false);
    }
}
