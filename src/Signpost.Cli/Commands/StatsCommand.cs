using System.CommandLine;
using Signpost.Browsing;
using Signpost.Rendering;
using Spectre.Console;
using Signpost.Cli.Output;

namespace Signpost.Cli.Commands;

/// <summary><c>signpost stats</c>: how many entries, per domain, how much is translated.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "Count entries per domain, review status and translation coverage.") { CommonOptions.Format, CommonOptions.Corpus };
        command.SetAction(parse =>
        {
            var stats = DomainStats.Of(null, CliCorpus.Load(parse).Corpus.All);
            if (parse.GetValue(CommonOptions.Format) == "json")
            {
                Console.Out.WriteLine(ResultJson.Write(stats));
                return ExitCodes.Found;
            }
            var table = new Table().AddColumns("domain", "entries");
            foreach (var (domain, count) in stats.Domains)
            {
                table.AddRow(Markup.Escape(domain), count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            Terminal.Out.Write(table);
            Terminal.Out.WriteLine($"{stats.Entries} entries in {stats.Domains.Count} domains; Chinese: {Percent.Of(stats.Zh)} fully translated");
            return ExitCodes.Found;
        });
        return command;
    }
}
