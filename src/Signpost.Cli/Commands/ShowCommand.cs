using System.CommandLine;
using Signpost.Canons;
using Signpost.Cli.Output;
using Signpost.Rendering;

namespace Signpost.Cli.Commands;

/// <summary><c>signpost show ID</c>: one entry, whole.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The entry id, e.g. policy/github-actions-oidc-token-403-forbidden." };
        var command = new Command("show", "Show one entry in full.") { id, CommonOptions.Format, CommonOptions.Lang, CommonOptions.Corpus };
        command.SetAction(parse =>
        {
            var kb = CliCorpus.Load(parse);
            var wanted = parse.GetValue(id)!.Trim().Trim('/');
            if (kb.Corpus.Find(wanted) is not { } canon)
            {
                Console.Error.WriteLine($"signpost: no entry '{wanted}'.");
                var near = kb.Corpus.All.Where(c => c.Id.Contains(wanted.Split('/')[^1], StringComparison.Ordinal)).Take(5).ToList();
                if (near.Count > 0)
                {
                    Console.Error.WriteLine("Did you mean: " + string.Join(", ", near.Select(c => c.Id)));
                }
                return ExitCodes.NothingKnown;
            }
            var lang = parse.GetValue(CommonOptions.Lang)!;
            switch (parse.GetValue(CommonOptions.Format))
            {
                case "json":
                    Console.Out.Write(CanonJson.Write(canon));
                    break;
                case "markdown":
                    Console.Out.Write(CanonMarkdown.Render(canon, lang));
                    break;
                default:
                    CanonText.Write(Terminal.Out, canon, lang);
                    break;
            }
            return ExitCodes.Found;
        });
        return command;
    }
}
