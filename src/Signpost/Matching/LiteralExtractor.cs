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

    public static IReadOnlyList<string> Factors(string pattern) => Read(pattern).Factors;

    /// <summary>What a part of a pattern guarantees: exact strings it can be, or factors it contains.</summary>
    internal sealed record Info(List<string>? Exact, List<string>? Factors, List<List<string>>? Required = null);

    /// <summary>
    /// Every factor set a match must contain, not only the best one: a pattern "a.*b" requires a
    /// factor of a's set and one of b's. Checking them all on a line is much cheaper than running the pattern.
    /// </summary>
    public static IReadOnlyList<string[]> Requirements(string pattern) => Read(pattern).Requirements;

    /// <summary>
    /// The pattern's best factor set, all its required sets, and its top-level alternatives' required
    /// sets (<see cref="Factors"/>, <see cref="Requirements"/>, <see cref="PatternLiterals.Alternatives"/>), from one reading.
    /// </summary>
    public static PatternLiterals Read(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            var reader = new RegexReader(pattern);
            var result = reader.Alternation();
            if (!reader.AtEnd)
            {
                return PatternLiterals.None;
            }
            var factors = result.Factors is { } found ? Distinct(found) : [];
            return new PatternLiterals(factors, RequirementsOf(result), AlternativesOf(pattern, reader.Sequences));
        }
        catch (FormatException)
        {
            return PatternLiterals.None;
        }
    }

    /// <summary>The usable sets among those the reading requires and its best one, each without repeats, each once.</summary>
    private static List<string[]> RequirementsOf(Info read)
    {
        var sets = new List<string[]>();
        void Add(List<string>? set)
        {
            if (Usable(set) is not null && Distinct(set!) is var distinct && !sets.Exists(s => s.AsSpan().SequenceEqual(distinct)))
            {
                sets.Add(distinct);
            }
        }
        foreach (var set in read.Required ?? [])
        {
            Add(set);
        }
        Add(read.Factors);
        return sets;
    }

    /// <summary>The set's strings in order, each once (sets are small: a scan beats hashing).</summary>
    private static string[] Distinct(List<string> set)
    {
        var distinct = new List<string>(set.Count);
        foreach (var item in set)
        {
            if (!distinct.Contains(item, StringComparer.Ordinal))
            {
                distinct.Add(item);
            }
        }
        return [.. distinct];
    }

    /// <summary>
    /// Each top-level alternative's required sets, taken from the reading of the whole pattern (an
    /// alternative is read the same alone); none when there is one alternative or one of them
    /// requires nothing (it could match any line).
    /// </summary>
    private static IReadOnlyList<string[]>[] AlternativesOf(string pattern, List<(int Start, int End, Info Read)> sequences)
    {
        var spans = BranchSpans(pattern);
        if (spans.Count < 2)
        {
            return [];
        }
        var required = new IReadOnlyList<string[]>[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, length) = spans[i];
            var read = sequences.Find(s => s.Start == start && s.End == start + length).Read;
            required[i] = read is not null ? RequirementsOf(read) : Requirements(pattern.Substring(start, length));
            if (required[i].Count == 0)
            {
                return [];
            }
        }
        return required;
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
        set is { Count: > 0 and <= MaxAlternatives } && set.TrueForAll(s => Weight(s.AsSpan().Trim()) >= MinLength) ? set : null;

    /// <summary>A literal's selectivity in characters; a non-ASCII character (such as a CJK one) counts double.</summary>
    private static int Weight(ReadOnlySpan<char> literal)
    {
        var weight = 0;
        foreach (var c in literal)
        {
            weight += c < 128 ? 1 : 2;
        }
        return weight;
    }

    /// <summary>How well a literal filters: its weight, but words found in most logs filter badly.</summary>
    private static int Strength(string literal) => CommonWords.Contains(literal.AsSpan().Trim(Edges)) ? MinLength : Weight(literal);

    /// <summary>Punctuation around a literal that does not make it a different word.</summary>
    private static readonly char[] Edges = [' ', ':', '.', '!', '-', '_'];

    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "error", "errors", "failed", "fail", "failure", "fatal", "exception", "warning", "cannot", "invalid", "not found",
        "timeout", "timed out", "unable", "denied", "refused", "missing", "unknown", "could not", "can't", "no such", "file",
        "error:", "failed to", "not", "the", "and", "for", "with", "from", "http", "https", "status", "code", "exit", "process",
        "build", "request", "response", "connection", "server", "client", "version", "module", "package", "type", "value",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonWords = Common.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The top-level alternatives of a pattern (inside one group that wraps it all, if any), so a
    /// pattern whose weakest alternative has no literal can still index the others.
    /// </summary>
    public static IReadOnlyList<string> Branches(string pattern) => [.. BranchSpans(pattern).Select(s => pattern.Substring(s.Start, s.Length))];

    /// <summary>Where each of <see cref="Branches"/> sits in the pattern.</summary>
    private static List<(int Start, int Length)> BranchSpans(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var (start, end) = (0, pattern.Length);
        var parts = Split(pattern, start, end);
        while (parts.Count == 1 && Unwrap(pattern, start, end) is { } inner)
        {
            (start, end) = inner;
            parts = Split(pattern, start, end);
        }
        return parts;
    }

    /// <summary>The inside of the group that wraps all of pattern[start..end], if one does.</summary>
    private static (int Start, int End)? Unwrap(string pattern, int start, int end)
    {
        var body = pattern.AsSpan(start, end - start);
        if (body.Length < 2 || body[0] != '(' || body[^1] != ')' || body.StartsWith("(?=", StringComparison.Ordinal) || body.StartsWith("(?!", StringComparison.Ordinal))
        {
            return null;
        }
        var open = body.StartsWith("(?:", StringComparison.Ordinal) ? 3 : body.StartsWith("(?", StringComparison.Ordinal) ? -1 : 1;
        if (open < 0 || Split(pattern, start + 1, end - 1, closeCheck: true).Count == 0)
        {
            return null;
        }
        return (start + open, end - 1);
    }

    /// <summary>
    /// Splits pattern[start..end] at depth-0 '|'; with closeCheck, returns nothing when the depth
    /// drops below zero (the outer parentheses do not pair).
    /// </summary>
    private static List<(int Start, int Length)> Split(string pattern, int start, int end, bool closeCheck = false)
    {
        var parts = new List<(int Start, int Length)>();
        var depth = 0;
        var inClass = false;
        for (var i = start; i < end; i++)
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
                parts.Add((start, i - start));
                start = i + 1;
            }
        }
        parts.Add((start, end - start));
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
