using System.CommandLine;

namespace Signpost.Cli.Commands;

internal static class LookupCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "The error text; stdin when absent or '-'.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "text, json or markdown", DefaultValueFactory = _ => "text" };
        var command = new Command("lookup", "Find the known entry for an error text or a log.") { text, format };
        command.SetAction(parse => { Console.WriteLine(parse.GetValue(text)); return 0; });
        return command;
    }
}
