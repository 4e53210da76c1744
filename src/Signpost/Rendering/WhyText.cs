using System.Globalization;
using System.Text;
using Signpost.Matching;

namespace Signpost.Rendering;

/// <summary>One line saying why an entry matched: where, by what, with which score parts.</summary>
public static class WhyText
{
    public static string Describe(MatchWhy why)
    {
        ArgumentNullException.ThrowIfNull(why);
        var text = new StringBuilder();
        if (why.Line > 0)
        {
            text.Append("line ").Append(why.Line.ToString(CultureInfo.InvariantCulture));
            if (!string.IsNullOrWhiteSpace(why.LineText))
            {
                text.Append(" `").Append(Shorten(why.LineText.Replace('`', '\''))).Append('`');
            }
            text.Append("; ");
        }
        if (why.Pattern is not null)
        {
            text.Append("pattern `").Append(Shorten(why.Pattern.Replace('`', '\''))).Append("`; ");
        }
        if (why.Tokens.Count > 0)
        {
            text.Append("tokens ").Append(string.Join(" ", why.Tokens.Take(8))).Append("; ");
        }
        text.Append(string.Join(", ", why.Parts.Select(p => $"{p.Key} {p.Value.ToString("0.##", CultureInfo.InvariantCulture)}")));
        return text.ToString().TrimEnd(' ', ';');
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
