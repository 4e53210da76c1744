using System.Text;

namespace Signpost.Matching;

/// <summary>
/// Reads a regular expression and finds literal factors it requires: a set of lowercase
/// strings such that every match contains at least one of them. An empty answer means the
/// pattern requires no literal long enough to filter on, so it must always run.
/// </summary>
internal static class LiteralExtractor
{
    /// <summary>Shortest factor worth filtering on; shorter ones occur in almost every text.</summary>
    public const int MinLength = 3;

    private const int MaxAlternatives = 16;

    public static IReadOnlyList<string> Factors(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            var reader = new RegexReader(pattern);
            var result = reader.Alternation();
            return reader.AtEnd && result.Factors is { } factors ? [.. factors.Distinct(StringComparer.Ordinal)] : [];
        }
        catch (FormatException)
        {
            return [];
        }
    }

    /// <summary>What a part of a pattern guarantees: exact strings it can be, or factors it contains.</summary>
    internal sealed record Info(List<string>? Exact, List<string>? Factors);

    /// <summary>Picks the better of two factor sets: longer shortest member, then fewer members.</summary>
    internal static List<string>? Better(List<string>? a, List<string>? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }
        var (ma, mb) = (a.Min(s => s.Length), b.Min(s => s.Length));
        return ma != mb ? (ma > mb ? a : b) : (a.Count <= b.Count ? a : b);
    }

    internal static List<string>? Usable(List<string>? set) =>
        set is { Count: > 0 and <= MaxAlternatives } && set.All(s => s.Trim().Length >= MinLength) ? set : null;

    internal static List<string>? Cross(List<string> left, List<string> right)
    {
        if (left.Count * right.Count > MaxAlternatives)
        {
            return null;
        }
        var result = new List<string>(left.Count * right.Count);
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                result.Add(string.Concat(l, r));
            }
        }
        return result;
    }

    internal static string Lower(char c) => char.ToLowerInvariant(c).ToString();

    internal static StringBuilder Append(StringBuilder sb, char c) => sb.Append(char.ToLowerInvariant(c));
}
