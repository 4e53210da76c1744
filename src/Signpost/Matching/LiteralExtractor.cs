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
    internal sealed record Info(List<string>? Exact, List<string>? Factors, List<List<string>>? Required = null);

    /// <summary>
    /// Every factor set a match must contain, not only the best one: a pattern "a.*b" requires a
    /// factor of a's set and one of b's. Checking them all on a line is much cheaper than running the pattern.
    /// </summary>
    public static IReadOnlyList<string[]> Requirements(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            var reader = new RegexReader(pattern);
            var result = reader.Alternation();
            if (!reader.AtEnd)
            {
                return [];
            }
            var sets = (result.Required ?? []).Append(result.Factors ?? []).Where(set => Usable(set) is not null);
            return [.. sets.Select(set => set.Distinct(StringComparer.Ordinal).ToArray()).DistinctBy(set => string.Join('\0', set), StringComparer.Ordinal)];
        }
        catch (FormatException)
        {
            return [];
        }
    }

    /// <summary>Picks the better of two factor sets: longer shortest member, then fewer members.</summary>
    internal static List<string>? Better(List<string>? a, List<string>? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }
        var (ma, mb) = (a.Min(Strength), b.Min(Strength));
        return ma != mb ? (ma > mb ? a : b) : (a.Count <= b.Count ? a : b);
    }

    internal static List<string>? Usable(List<string>? set) =>
        set is { Count: > 0 and <= MaxAlternatives } && set.All(s => Weight(s.Trim()) >= MinLength) ? set : null;

    /// <summary>A literal's selectivity in characters; a non-ASCII character (such as a CJK one) counts double.</summary>
    private static int Weight(string literal) => literal.Sum(c => c < 128 ? 1 : 2);

    /// <summary>How well a literal filters: its weight, but words found in most logs filter badly.</summary>
    private static int Strength(string literal) => Common.Contains(literal.Trim(Edges)) ? MinLength : Weight(literal);

    /// <summary>Punctuation around a literal that does not make it a different word.</summary>
    private static readonly char[] Edges = [' ', ':', '.', '!', '-', '_'];

    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "error", "errors", "failed", "fail", "failure", "fatal", "exception", "warning", "cannot", "invalid", "not found",
        "timeout", "timed out", "unable", "denied", "refused", "missing", "unknown", "could not", "can't", "no such", "file",
        "error:", "failed to", "not", "the", "and", "for", "with", "from", "http", "https", "status", "code", "exit", "process",
        "build", "request", "response", "connection", "server", "client", "version", "module", "package", "type", "value",
    };

    /// <summary>
    /// The top-level alternatives of a pattern (inside one group that wraps it all, if any), so a
    /// pattern whose weakest alternative has no literal can still index the others.
    /// </summary>
    public static IReadOnlyList<string> Branches(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var body = pattern;
        var parts = Split(body);
        while (parts.Count == 1 && Unwrap(body) is { } inner)
        {
            body = inner;
            parts = Split(body);
        }
        return parts;
    }

    private static string? Unwrap(string pattern)
    {
        if (pattern.Length < 2 || pattern[0] != '(' || pattern[^1] != ')' || pattern.StartsWith("(?=", StringComparison.Ordinal) || pattern.StartsWith("(?!", StringComparison.Ordinal))
        {
            return null;
        }
        var open = pattern.StartsWith("(?:", StringComparison.Ordinal) ? 3 : pattern.StartsWith("(?", StringComparison.Ordinal) ? -1 : 1;
        if (open < 0 || Split(pattern[1..^1], closeCheck: true).Count == 0)
        {
            return null;
        }
        return pattern[open..^1];
    }

    /// <summary>Splits at depth-0 '|'; with closeCheck, returns nothing when the depth drops below zero (the outer parentheses do not pair).</summary>
    private static List<string> Split(string pattern, bool closeCheck = false)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth < 0 && closeCheck)
            {
                return [];
            }
            else if (c == '|' && depth == 0)
            {
                parts.Add(pattern[start..i]);
                start = i + 1;
            }
        }
        parts.Add(pattern[start..]);
        return parts;
    }

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
