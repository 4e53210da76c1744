using System.CommandLine;
using Signpost.Web.Pages;

namespace Signpost.Cli.Commands;

/// <summary><c>signpost export site OUT</c>: the web site as static files that work from any static host.</summary>
internal static class ExportCommand
{
    /// <summary>The command's help line (the native executable lists it too).</summary>
    public const string Description = "Export Signpost in other forms.";

    public static Command Create()
    {
        var output = new Argument<string>("out") { Description = "Folder to write the site to (created if missing)." };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Address the site will be served at (e.g. https://signpost.example.org), for canonical links and sitemap.xml; without it no sitemap is written.",
        };
        var site = new Command("site", "Write every page (HTML in English and Chinese, JSON, Markdown) as static files with relative links.")
        {
            output, baseUrl, CommonOptions.Corpus,
        };
        site.SetAction(async (parse, cancellation) =>
        {
            var url = parse.GetValue(baseUrl)?.TrimEnd('/') ?? "";
            if (url.Length > 0 && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                throw new UsageException($"--base-url '{url}' is not an http or https address; pass e.g. https://signpost.example.org");
            }
            var kb = CliCorpus.Load(parse);
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            var files = await SiteExport.WriteAsync(kb.Current, outDir, url, cancellation).ConfigureAwait(false);
            Console.Out.WriteLine($"Wrote {files} files for {kb.Corpus.Count} entries to {outDir}");
            return ExitCodes.Found;
        });
        return new Command("export", Description) { site };
    }
}
