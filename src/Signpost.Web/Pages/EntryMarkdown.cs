using System.Text;
using Signpost.Canons;

namespace Signpost.Web.Pages;

/// <summary>The Markdown alternate of an entry page, in the page's language.</summary>
internal static class EntryMarkdown
{
    public static string Render(Canon canon, string lang)
    {
        ArgumentNullException.ThrowIfNull(canon);
        var text = new EntryText(canon, lang);
        var md = new StringBuilder();
        md.Append("# ").Append(canon.Signature).Append("\n\n");
        md.Append("ID: `").Append(canon.Id).Append("`\n\n");
        md.Append("Fix rate ").Append(Percent.Of(canon.Figures.FixRate)).Append(" · Confidence ").Append(Percent.Of(canon.Figures.Confidence)).Append("\n\n");
        md.Append("## Root cause\n\n").Append(text.RootCause).Append("\n\n## Workarounds\n\n");
        for (var i = 0; i < canon.Workarounds.Count; i++)
        {
            md.Append(i + 1).Append(". (").Append(Percent.Of(canon.Workarounds[i].SuccessRate)).Append(") ").Append(text.WorkaroundAction(i)).Append('\n');
        }
        md.Append("\n## Dead ends\n\n");
        for (var i = 0; i < canon.DeadEnds.Count; i++)
        {
            md.Append(i + 1).Append(". (").Append(Percent.Of(canon.DeadEnds[i].FailRate)).Append(" fail) ").Append(text.DeadEndAction(i)).Append(": ").Append(text.DeadEndWhy(i)).Append('\n');
        }
        return md.ToString();
    }
}
