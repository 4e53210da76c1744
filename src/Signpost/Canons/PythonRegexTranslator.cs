using System.Text.RegularExpressions;

namespace Signpost.Canons;

/// <summary>
/// Rewrites the Python <c>re</c> constructs that .NET reads differently: named groups
/// <c>(?P&lt;n&gt;…)</c>, back references <c>(?P=n)</c>, <c>\Z</c>, and <c>{,n}</c>.
/// </summary>
public static partial class PythonRegexTranslator
{
    public static (string Pattern, IReadOnlyList<string> Changes) Translate(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var changes = new List<string>();
        var result = Replace(pattern, NamedGroup(), "(?<${name}>", "(?P<name>) became (?<name>)", changes);
        result = Replace(result, NamedBackReference(), @"\k<${name}>", "(?P=name) became \\k<name>", changes);
        result = Replace(result, EndOfString(), @"${pre}\z", "\\Z (Python: end of text) became \\z", changes);
        result = Replace(result, OpenLowerBound(), "${pre}{0,", "{,n} became {0,n}", changes);
        return (result, changes);
    }

    private static string Replace(string input, Regex regex, string replacement, string change, List<string> changes)
    {
        var output = regex.Replace(input, replacement);
        if (!ReferenceEquals(output, input) && output != input)
        {
            changes.Add(change);
        }
        return output;
    }

    [GeneratedRegex(@"\(\?P<(?<name>[A-Za-z_][A-Za-z0-9_]*)>")]
    private static partial Regex NamedGroup();

    [GeneratedRegex(@"\(\?P=(?<name>[A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex NamedBackReference();

    [GeneratedRegex(@"(?<pre>(?:^|[^\\])(?:\\\\)*)\\Z")]
    private static partial Regex EndOfString();

    [GeneratedRegex(@"(?<pre>(?:^|[^\\])(?:\\\\)*)\{,(?=\d+\})")]
    private static partial Regex OpenLowerBound();
}
