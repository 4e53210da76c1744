using System.Globalization;
using System.Text;
using Signpost.Canons;

namespace Signpost.Rendering;

/// <summary>
/// Renders an entry as Markdown with every element of the entry page, in its order. Show live
/// figures by passing an entry whose figures and rates already carry the reports.
/// </summary>
public static class CanonMarkdown
{
    public static string Render(Canon canon, string lang = "en")
    {
        ArgumentNullException.ThrowIfNull(canon);
        var view = LocalizedCanon.For(canon, lang);
        string L(string key) => Labels.Get(key, lang);
        var md = new StringBuilder();
        md.AppendLine(Chips(canon)).AppendLine();
        md.Append("# ").AppendLine(Inline(canon.Signature)).AppendLine();
        md.Append("ID: `").Append(canon.Id).AppendLine("`").AppendLine();
        md.Append(L("Also available as")).Append(": [JSON](/").Append(canon.Id).Append(".json) · [Markdown](/")
            .Append(canon.Id).Append(".md) · ").AppendLine(lang == "zh" ? $"[English](/{canon.Id})" : $"[中文](/zh/{canon.Id})").AppendLine();
        if (lang != "en" && !view.IsTranslated)
        {
            md.Append("> ").AppendLine(L("Not translated")).AppendLine();
        }
        Figures(md, canon, L);
        Versions(md, canon, view, L);
        md.Append("## ").AppendLine(L("Root Cause")).AppendLine().AppendLine(view.RootCause).AppendLine();
        if (lang == "en" && canon.Translations.TryGetValue("zh", out var zh) && !string.IsNullOrWhiteSpace(zh.RootCause))
        {
            md.AppendLine("中文:").AppendLine().AppendLine(zh.RootCause).AppendLine();
        }
        Docs(md, canon, L);
        CanonMarkdownSections.Workarounds(md, canon, view, lang);
        CanonMarkdownSections.DeadEnds(md, view, lang);
        CanonMarkdownSections.Transitions(md, canon, lang);
        CanonMarkdownSections.Examples(md, canon, lang);
        return md.ToString();
    }

    public static string Chips(Canon c) =>
        string.Join(" ", c.Tags.Concat([c.Domain, c.Category, c.Provenance.ReviewStatus, c.Resolvable])
            .Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().Select(t => $"`{t}`"));

    public static string Inline(string text) => text.ReplaceLineEndings(" ").Trim();

    internal static string Cell(string? text) => (text ?? "").ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);

    private static void Figures(StringBuilder md, Canon c, Func<string, string> L)
    {
        md.Append("| ").Append(L("Fix Rate")).Append(" | ").Append(L("Confidence")).Append(" | ").Append(L("Evidence"))
            .Append(" | ").Append(L("First Seen")).Append(" | ").Append(L("Last Confirmed")).AppendLine(" |");
        md.AppendLine("|---|---|---|---|---|");
        md.Append("| ").Append(Percent.Of(c.Figures.FixRate)).Append(" | ").Append(Percent.Of(c.Figures.Confidence)).Append(" | ")
            .Append(c.Figures.EvidenceCount.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(c.Figures.FirstSeen ?? "—")
            .Append(" | ").Append(c.Figures.LastConfirmed ?? "—").AppendLine(" |").AppendLine();
    }

    private static void Versions(StringBuilder md, Canon c, LocalizedCanon view, Func<string, string> L)
    {
        if (c.Versions.Count == 0)
        {
            return;
        }
        md.Append("## ").AppendLine(L("Version Compatibility")).AppendLine();
        md.Append("| ").Append(L("Version")).Append(" | ").Append(L("Status")).Append(" | ").Append(L("Introduced"))
            .Append(" | ").Append(L("Deprecated")).Append(" | ").Append(L("Notes")).AppendLine(" |");
        md.AppendLine("|---|---|---|---|---|");
        for (var i = 0; i < c.Versions.Count; i++)
        {
            var v = c.Versions[i];
            md.Append("| ").Append(Cell($"{v.Product} {v.Version}")).Append(" | ").Append(Cell(v.Status)).Append(" | ")
                .Append(Cell(v.Introduced)).Append(" | ").Append(Cell(v.Deprecated)).Append(" | ").Append(Cell(view.VersionNotes[i])).AppendLine(" |");
        }
        md.AppendLine();
    }

    private static void Docs(StringBuilder md, Canon c, Func<string, string> L)
    {
        if (c.Docs.Count == 0)
        {
            return;
        }
        md.Append("## ").AppendLine(L("Official Documentation")).AppendLine();
        foreach (var doc in c.Docs)
        {
            md.Append("- [").Append(Inline(doc.Title)).Append("](").Append(doc.Url).AppendLine(")");
        }
        md.AppendLine();
    }
}
