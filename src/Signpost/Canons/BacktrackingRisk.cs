namespace Signpost.Canons;

/// <summary>
/// Tells the patterns a backtracking engine can take exponential time on: a repeated group whose
/// body itself repeats or branches, as in <c>(a+)+</c>, <c>(a|aa)*</c> or <c>(\w+\s?)*</c>. Other
/// patterns backtrack at worst polynomially over one line, which a timeout bounds.
/// </summary>
public static class BacktrackingRisk
{
    public static bool IsNested(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        // For each open group: whether its body so far repeats or branches.
        var open = new Stack<bool>();
        var body = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i = AfterEscape(pattern, i) - 1;
                    break;
                case '[':
                    i = AfterClass(pattern, i) - 1;
                    break;
                case '(':
                    if (InlineOptions(pattern, i) is var end and > 0)
                    {
                        i = end - 1;
                        break;
                    }
                    open.Push(body);
                    body = false;
                    i = AfterGroupKind(pattern, i + 1) - 1;
                    break;
                case ')':
                    var inner = body;
                    body = open.Count > 0 && open.Pop();
                    if (inner && Repeats(pattern, i + 1))
                    {
                        return true;
                    }
                    body |= inner;
                    break;
                case '|':
                    body = true;
                    break;
                case '*' or '+' or '?':
                    body = true;
                    break;
                case '{' when QuantifierEnd(pattern, i) > 0:
                    body = true;
                    break;
            }
        }
        return false;
    }

    /// <summary>True when a quantifier that allows more than one repetition starts at <paramref name="at"/>.</summary>
    private static bool Repeats(string pattern, int at)
    {
        if (at >= pattern.Length)
        {
            return false;
        }
        if (pattern[at] is '*' or '+')
        {
            return true;
        }
        var end = QuantifierEnd(pattern, at);
        if (end < 0)
        {
            return false;
        }
        var bounds = pattern[(at + 1)..(end - 1)].Split(',');
        return bounds.Length == 2 && (bounds[1].Length == 0 || int.TryParse(bounds[1], out var most) && most > 1)
            || bounds.Length == 1 && int.TryParse(bounds[0], out var exactly) && exactly > 1;
    }

    /// <summary>The index after a {n}, {n,} or {n,m} quantifier starting at <paramref name="at"/>; -1 when the brace is a literal.</summary>
    private static int QuantifierEnd(string pattern, int at)
    {
        if (at >= pattern.Length || pattern[at] != '{')
        {
            return -1;
        }
        var close = pattern.IndexOf('}', at);
        if (close < 0)
        {
            return -1;
        }
        var inside = pattern.AsSpan(at + 1, close - at - 1);
        var comma = inside.IndexOf(',');
        var first = comma < 0 ? inside : inside[..comma];
        var rest = comma < 0 ? [] : inside[(comma + 1)..];
        return first.Length > 0 && AllDigits(first) && AllDigits(rest) ? close + 1 : -1;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static int AfterEscape(string pattern, int at)
    {
        var next = at + 2;
        if (next - 1 < pattern.Length && pattern[next - 1] is 'p' or 'P' && next < pattern.Length && pattern[next] == '{')
        {
            var close = pattern.IndexOf('}', next);
            return close < 0 ? pattern.Length : close + 1;
        }
        return Math.Min(next, pattern.Length);
    }

    private static int AfterClass(string pattern, int at)
    {
        var i = at + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }
        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }
        while (i < pattern.Length && pattern[i] != ']')
        {
            i = pattern[i] == '\\' ? AfterEscape(pattern, i) : i + 1;
        }
        return Math.Min(i + 1, pattern.Length);
    }

    /// <summary>The end of an inline option switch such as (?i) or (?-m); 0 when the group is not one.</summary>
    private static int InlineOptions(string pattern, int at)
    {
        if (at + 1 >= pattern.Length || pattern[at + 1] != '?')
        {
            return 0;
        }
        var i = at + 2;
        while (i < pattern.Length && (char.IsAsciiLetter(pattern[i]) || pattern[i] == '-'))
        {
            i++;
        }
        return i > at + 2 && i < pattern.Length && pattern[i] == ')' ? i + 1 : 0;
    }

    /// <summary>Skips what follows an opening parenthesis to say what kind of group it is: ?:, ?=, ?&lt;name&gt; and the like.</summary>
    private static int AfterGroupKind(string pattern, int at)
    {
        if (at >= pattern.Length || pattern[at] != '?')
        {
            return at;
        }
        var i = at + 1;
        if (i < pattern.Length && pattern[i] is '<' or '\'' && i + 1 < pattern.Length && pattern[i + 1] is not ('=' or '!'))
        {
            var close = pattern.IndexOf(pattern[i] == '<' ? '>' : '\'', i + 1);
            return close < 0 ? pattern.Length : close + 1;
        }
        while (i < pattern.Length && pattern[i] is not (':' or '=' or '!' or '>' or '(' or ')'))
        {
            i++;
        }
        return i < pattern.Length && pattern[i] is ':' or '=' or '!' or '>' ? i + 1 : i;
    }
}
