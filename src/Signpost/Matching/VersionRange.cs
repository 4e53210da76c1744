using System.Globalization;
using System.Text.RegularExpressions;

namespace Signpost.Matching;

/// <summary>
/// A version range as entries write it (<c>&gt;=2.300 &lt;3</c>, <c>&gt;=20,&lt;23</c>, <c>3.x</c>, <c>any</c>),
/// evaluated against a version. Contains answers null when the range cannot be read.
/// </summary>
internal static partial class VersionRange
{
    public static bool? Contains(string range, string version)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (Parse(version) is not { } v)
        {
            return null;
        }
        var clauses = range.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (clauses.Length == 0)
        {
            return null;
        }
        foreach (var clause in clauses)
        {
            var match = Clause().Match(clause);
            if (!match.Success)
            {
                return null;
            }
            if (match.Groups["any"].Success)
            {
                continue;
            }
            var op = match.Groups["op"].Value;
            var bound = Parse(match.Groups["v"].Value)!;
            var wildcard = match.Groups["x"].Success || match.Groups["plus"].Success;
            var cmp = Compare(v, bound, wildcard && op.Length == 0 && !match.Groups["plus"].Success);
            var ok = match.Groups["plus"].Success ? cmp >= 0 : op switch
            {
                ">=" => cmp >= 0,
                ">" => cmp > 0,
                "<=" => cmp <= 0,
                "<" => cmp < 0,
                "!=" => cmp != 0,
                _ => Compare(v, bound, prefix: true) == 0,
            };
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    public static int[]? Parse(string version)
    {
        var match = Numbers().Match(version ?? "");
        if (!match.Success)
        {
            return null;
        }
        return [.. match.Value.Split('.').Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)];
    }

    /// <summary>Compares component by component; with prefix, a shorter bound matches any longer version it starts.</summary>
    private static int Compare(int[] v, int[] bound, bool prefix)
    {
        var n = prefix ? bound.Length : Math.Max(v.Length, bound.Length);
        for (var i = 0; i < n; i++)
        {
            var a = i < v.Length ? v[i] : 0;
            var b = i < bound.Length ? bound[i] : 0;
            if (a != b)
            {
                return a.CompareTo(b);
            }
        }
        return 0;
    }

    [GeneratedRegex(@"^(?:(?<any>>?=?(?:any|\*|all))|(?<op>>=|<=|>|<|==|=|!=|~=|\^|~)?v?(?<v>\d+(?:\.\d+){0,3})(?<x>\.[x*])?(?<plus>\+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clause();

    [GeneratedRegex(@"\d+(?:\.\d+){0,3}", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();
}
