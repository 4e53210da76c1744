using System.Text;
using Signpost.Canons;

namespace Signpost.Rendering;

/// <summary>The list sections of an entry's Markdown: workarounds, dead ends, transitions, examples.</summary>
internal static class CanonMarkdownSections
{
    public static void Workarounds(StringBuilder md, Canon canon, LocalizedCanon view, string lang)
    {
        string L(string key) => Labels.Get(key, lang);
        md.Append("## ").AppendLine(L("Workarounds")).AppendLine();
        for (var i = 0; i < view.Workarounds.Count; i++)
        {
            var w = view.Workarounds[i];
            md.Append(i + 1).Append(". **").Append(Percent.Of(w.Source.SuccessRate)).Append(' ').Append(L("success")).Append("** ")
                .AppendLine(CanonMarkdown.Inline(w.Action));
            if (w.Condition is not null)
            {
                md.Append("   - ").Append(L("When")).Append(": ").AppendLine(CanonMarkdown.Inline(w.Condition));
            }
            foreach (var step in w.Steps)
            {
                md.Append("   - ").AppendLine(Step(step));
            }
            if (w.Tradeoff is not null)
            {
                md.Append("   - ").Append(L("Tradeoff")).Append(": ").AppendLine(CanonMarkdown.Inline(w.Tradeoff));
            }
        }
        md.AppendLine();
        if (lang == "en" && canon.Translations.TryGetValue("zh", out var zh) && zh.Workarounds.Count > 0)
        {
            md.AppendLine("### 中文步骤").AppendLine();
            for (var i = 0; i < zh.Workarounds.Count; i++)
            {
                md.Append(i + 1).Append(". ").AppendLine(CanonMarkdown.Inline(zh.Workarounds[i].Action));
                foreach (var step in zh.Workarounds[i].Steps)
                {
                    md.Append("   - ").AppendLine(Step(step));
                }
            }
            md.AppendLine();
        }
    }

    public static void DeadEnds(StringBuilder md, LocalizedCanon view, string lang)
    {
        if (view.DeadEnds.Count == 0)
        {
            return;
        }
        string L(string key) => Labels.Get(key, lang);
        md.Append("## ").AppendLine(L("Dead Ends")).AppendLine().AppendLine(L("Common approaches that don't work:")).AppendLine();
        for (var i = 0; i < view.DeadEnds.Count; i++)
        {
            var d = view.DeadEnds[i];
            md.Append(i + 1).Append(". **").Append(Percent.Of(d.Source.FailRate)).Append(' ').Append(L("fail")).Append("** ")
                .AppendLine(CanonMarkdown.Inline(d.Action));
            md.Append("   - ").Append(L("Why it fails")).Append(": ").AppendLine(CanonMarkdown.Inline(d.Why));
            if (d.Condition is not null)
            {
                md.Append("   - ").Append(L("When")).Append(": ").AppendLine(CanonMarkdown.Inline(d.Condition));
            }
            if (d.Misconception is not null)
            {
                md.Append("   - ").Append(L("Misconception")).Append(": ").AppendLine(CanonMarkdown.Inline(d.Misconception));
            }
        }
        md.AppendLine();
    }

    public static void Transitions(StringBuilder md, Canon canon, string lang)
    {
        var t = canon.Transitions;
        var translation = canon.Translations.GetValueOrDefault(lang);
        Links(md, Labels.Get("Usually leads to", lang), t.LeadsTo.Select((x, i) => (x.Id, (double?)x.Probability, translation?.LeadsTo.ElementAtOrDefault(i) ?? x.Condition)), lang);
        Links(md, Labels.Get("Often preceded by", lang), t.PrecededBy.Select((x, i) => (x.Id, (double?)x.Probability, translation?.PrecededBy.ElementAtOrDefault(i) ?? x.Condition)), lang);
        Links(md, Labels.Get("Often confused with", lang), t.ConfusedWith.Select((x, i) => (x.Id, (double?)null, translation?.ConfusedWith.ElementAtOrDefault(i) ?? x.Distinction)), lang);
    }

    public static void Examples(StringBuilder md, Canon canon, string lang)
    {
        if (canon.Examples.Count == 0)
        {
            return;
        }
        md.Append("## ").AppendLine(Labels.Get("Examples", lang)).AppendLine();
        foreach (var example in canon.Examples)
        {
            var fence = example.Text.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
            md.AppendLine(fence).AppendLine(example.Text.TrimEnd()).AppendLine(fence);
            if (example.Source is not null)
            {
                md.Append(Labels.Get("Source", lang)).Append(": ").AppendLine(example.Source);
            }
            md.AppendLine();
        }
    }

    private static void Links(StringBuilder md, string heading, IEnumerable<(string Id, double? Probability, string? Note)> links, string lang)
    {
        var list = links.ToList();
        if (list.Count == 0)
        {
            return;
        }
        var prefix = lang == "zh" ? "/zh/" : "/";
        md.Append("## ").AppendLine(heading).AppendLine();
        foreach (var (id, probability, note) in list)
        {
            md.Append("- [").Append(id).Append("](").Append(prefix).Append(id).Append(')');
            if (probability is { } p)
            {
                md.Append(" (").Append(Percent.Of(p)).Append(')');
            }
            if (!string.IsNullOrWhiteSpace(note))
            {
                md.Append(": ").Append(CanonMarkdown.Inline(note));
            }
            md.AppendLine();
        }
        md.AppendLine();
    }

    private static string Step(string step) =>
        step.Contains('\n', StringComparison.Ordinal) ? "`" + CanonMarkdown.Inline(step) + "`" : step;
}
