using System.Globalization;
using System.Text;
using Signpost.Canons;
using Signpost.Matching;

namespace Signpost.Rendering;

/// <summary>Renders a lookup result as Markdown: each match with why it matched, the best one in full.</summary>
public static class ResultMarkdown
{
    public static string Render(MatchResult result, Corpus corpus, string lang = "en")
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(corpus);
        var md = new StringBuilder();
        if (result.Matches.Count == 0)
        {
            md.Append("# ").AppendLine(Labels.Get("No known entry", lang)).AppendLine();
            md.AppendLine(lang == "zh"
                ? "知识库中没有足够接近的条目。与其给出一个可能错误的答案,Signpost 选择不作答。"
                : "Nothing in the knowledge base is close enough. Rather than guess, Signpost gives no answer.");
            return md.ToString();
        }
        for (var i = 0; i < result.Matches.Count; i++)
        {
            var match = result.Matches[i];
            md.Append("## ").Append(i + 1).Append(". `").Append(match.Id).Append("` ").AppendLine(CanonMarkdown.Inline(match.Title)).AppendLine();
            md.Append(Labels.Get("Confidence", lang)).Append(": ").Append(Percent.Of(match.Confidence))
                .Append(" · score ").Append(match.Score.ToString("0.###", CultureInfo.InvariantCulture));
            if (match.VersionVerdict is not null)
            {
                md.Append(" · ").Append(match.VersionVerdict);
            }
            md.AppendLine().AppendLine();
            md.Append(Labels.Get("Matched", lang)).Append(": ").AppendLine(WhyText.Describe(match.Why)).AppendLine();
            if (i == 0 && corpus.Find(match.Id) is { } canon)
            {
                Detail(md, LocalizedCanon.For(canon, lang), lang);
            }
        }
        Episodes(md, result);
        return md.ToString();
    }

    private static void Detail(StringBuilder md, LocalizedCanon view, string lang)
    {
        md.Append("**").Append(Labels.Get("Root Cause", lang)).Append("**: ").AppendLine(CanonMarkdown.Inline(view.RootCause)).AppendLine();
        md.Append("**").Append(Labels.Get("Workarounds", lang)).AppendLine("**").AppendLine();
        for (var i = 0; i < view.Workarounds.Count; i++)
        {
            var w = view.Workarounds[i];
            md.Append(i + 1).Append(". ").Append(Percent.Of(w.Source.SuccessRate)).Append(' ').Append(Labels.Get("success", lang)).Append(": ")
                .AppendLine(CanonMarkdown.Inline(w.Action));
            foreach (var step in w.Steps)
            {
                md.Append("   - ").AppendLine(CanonMarkdown.Inline(step));
            }
        }
        md.AppendLine();
        if (view.DeadEnds.Count > 0)
        {
            md.Append("**").Append(Labels.Get("Dead Ends", lang)).AppendLine("**").AppendLine();
            foreach (var d in view.DeadEnds)
            {
                md.Append("- ").Append(Percent.Of(d.Source.FailRate)).Append(' ').Append(Labels.Get("fail", lang)).Append(": ")
                    .Append(CanonMarkdown.Inline(d.Action)).Append(" — ").AppendLine(CanonMarkdown.Inline(d.Why));
            }
            md.AppendLine();
        }
        md.Append("→ `signpost show ").Append(view.Canon.Id).AppendLine("`").AppendLine();
    }

    private static void Episodes(StringBuilder md, MatchResult result)
    {
        if (result.Episodes.Count < 2)
        {
            return;
        }
        md.AppendLine("## Episodes").AppendLine();
        foreach (var episode in result.Episodes)
        {
            md.Append("- lines ").Append(episode.FirstLine).Append('–').Append(episode.LastLine).Append(": ")
                .AppendLine(string.Join(", ", episode.Matches.Take(3).Select(m => $"`{m.Id}` ({Percent.Of(m.Confidence)})")));
        }
        md.AppendLine();
    }
}
