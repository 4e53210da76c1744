using System.Text;
using System.Text.RegularExpressions;

namespace Signpost.Matching;

/// <summary>
/// Replaces every match of a regex with one fixed text. <see cref="Regex.Replace(string, string)"/>
/// parses its replacement pattern and caches it behind a weak reference, which the collections of
/// an index build keep clearing: building a large corpus re-parsed it for nearly every entry.
/// </summary>
internal static class Blanking
{
    public static string Blank(this Regex regex, string input, string with)
    {
        ArgumentNullException.ThrowIfNull(regex);
        ArgumentNullException.ThrowIfNull(input);
        StringBuilder? built = null;
        var copied = 0;
        foreach (var match in regex.EnumerateMatches(input))
        {
            built ??= new StringBuilder(input.Length);
            built.Append(input, copied, match.Index - copied).Append(with);
            copied = match.Index + match.Length;
        }
        return built is null ? input : built.Append(input, copied, input.Length - copied).ToString();
    }
}
