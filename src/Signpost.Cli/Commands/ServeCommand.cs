using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Signpost.Web;

namespace Signpost.Cli.Commands;

internal static class ServeCommand
{
    /// <summary>The command's help line (the native executable lists it too).</summary>
    public const string Description = "Serve the web site, the HTTP API and MCP over HTTP.";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var command = new Command("serve", Description) { urls, CommonOptions.Corpus, CommonOptions.Db };
        command.SetAction(async (parse, cancellation) =>
        {
            var app = SignpostWeb.Build(["--urls", parse.GetValue(urls)!], options =>
            {
                options.Corpus = CommonOptions.CorpusDirectories(parse);
                options.Db = parse.GetValue(CommonOptions.Db) ?? options.Db;
            });
            await app.StartAsync(cancellation).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellation).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
