using Signpost.Canons;
using Signpost.Matching;
using Signpost.Rendering;
using Spectre.Console;

namespace Signpost.Cli.Output;

/// <summary>A lookup result on a terminal: the best match in full, the others in a line each.</summary>
internal static class ResultText
{
    public static void Write(IAnsiConsole console, MatchResult result, Corpus corpus, string lang)
    {
        if (result.Matches.Count == 0)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(Labels.Get("No known entry", lang))}[/]");
            console.WriteLine(lang == "zh"
                ? "知识库中没有足够接近的条目。与其给出一个可能错误的答案,Signpost 选择不作答。"
                : "Nothing in the knowledge base is close enough; rather than guess, Signpost gives no answer.");
            return;
        }
        var best = result.Matches[0];
        if (corpus.Find(best.Id) is { } canon)
        {
            CanonText.Write(console, canon, lang, best);
        }
        foreach (var other in result.Matches.Skip(1))
        {
            console.MarkupLine($"[grey]also[/] [bold]{Markup.Escape(other.Id)}[/] {Markup.Escape(Percent.Of(other.Confidence))} — {Markup.Escape(CanonMarkdown.Inline(other.Title))}");
        }
        if (result.Episodes.Count > 1)
        {
            console.WriteLine();
            foreach (var episode in result.Episodes)
            {
                var ids = string.Join(", ", episode.Matches.Take(2).Select(m => m.Id));
                console.MarkupLine($"[grey]lines {episode.FirstLine}-{episode.LastLine}:[/] {Markup.Escape(ids)}");
            }
        }
    }
}
