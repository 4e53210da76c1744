using System.Text.RegularExpressions;

namespace Signpost.Web.Pages;

/// <summary>
/// Finds the commands inside a step (<c>`...`</c>, or what follows "run:") and renders them as
/// code with a copy button, so a reader can take the command without retyping it.
/// </summary>
internal static partial class CommandText
{
    public static Html Render(string text, SiteText t)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<Html>();
        var at = 0;
        foreach (Match command in Commands().Matches(text))
        {
            var code = command.Groups["tick"].Success ? command.Groups["tick"] : command.Groups["run"];
            parts.Add(Html.Text(text[at..code.Index].TrimEnd('`')));
            parts.Add(Html.Of($"""<code class="cmd">{code.Value}</code><button type="button" class="copy" hidden>{t["copy"]}</button>"""));
            at = code.Index + code.Length + (command.Groups["tick"].Success ? 1 : 0);
        }
        parts.Add(Html.Text(text[at..]));
        return Html.Join(parts);
    }

    [GeneratedRegex(@"`(?<tick>[^`\n]+)`|(?:\brun|运行|执行)\s*[:：]\s*(?<run>\S[^\n]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Commands();
}
