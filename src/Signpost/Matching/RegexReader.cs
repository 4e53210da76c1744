using System.Globalization;
using static Signpost.Matching.LiteralExtractor;

namespace Signpost.Matching;

/// <summary>
/// A small recursive reader of .NET regular expressions that keeps only what literal extraction
/// needs: which parts are exact strings and which literal factors a match must contain.
/// Throws <see cref="FormatException"/> on constructs it does not follow.
/// </summary>
internal sealed class RegexReader(string pattern)
{
    private static readonly Info Gap = new(null, null);
    private static readonly Info ZeroWidth = new([""], null);

    /// <summary>The atom of each ASCII character, made once: a pattern is mostly single characters, and nothing changes an atom's lists.</summary>
    private static readonly Info[] Ascii = [.. Enumerable.Range(0, 128).Select(c => new Info([Lower((char)c)], null))];

    private static Info Single(char c) => c < Ascii.Length ? Ascii[c] : new Info([Lower(c)], null);
    private int _at;

    public bool AtEnd => _at >= pattern.Length;

    /// <summary>Every sequence (alternative) read, with where it starts and ends in the pattern.</summary>
    public List<(int Start, int End, Info Read)> Sequences { get; } = [];

    public Info Alternation()
    {
        var branches = new List<Info> { Sequence() };
        while (!AtEnd && pattern[_at] == '|')
        {
            _at++;
            branches.Add(Sequence());
        }
        if (branches.Count == 1)
        {
            return branches[0];
        }
        var exact = branches.All(b => b.Exact is not null) ? branches.SelectMany(b => b.Exact!).Distinct().ToList() : null;
        var factors = branches.Select(b => Usable(b.Exact) ?? b.Factors).ToList();
        var union = factors.All(f => f is not null) ? factors.SelectMany(f => f!).Distinct().ToList() : null;
        return new Info(exact is { Count: <= 16 } ? exact : null, union);
    }

    private Info Sequence()
    {
        var start = _at;
        List<string>? best = null;
        List<string> run = [""];
        var whole = true;
        var required = new List<List<string>>();
        void Need(List<string>? set)
        {
            if (set is not null)
            {
                required.Add(set);
            }
        }
        while (!AtEnd && pattern[_at] != '|' && pattern[_at] != ')')
        {
            var plain = PlainRun();
            var atom = plain is null ? Atom() : new Info([plain], null);
            var (min, max) = plain is null ? Quantifier() : (1, 1);
            if (ReferenceEquals(atom, ZeroWidth))
            {
                continue;
            }
            if (min == 0 || atom.Exact is null)
            {
                best = Better(best, Usable(run));
                Need(Usable(run));
                if (min != 0)
                {
                    best = Better(best, Usable(atom.Factors));
                    Need(Usable(atom.Factors));
                    required.AddRange(atom.Required ?? []);
                }
                run = [""];
                whole = false;
                continue;
            }
            var crossed = Cross(run, atom.Exact);
            if (crossed is null)
            {
                best = Better(best, Usable(run));
                Need(Usable(run));
                whole = false;
            }
            run = crossed ?? [.. atom.Exact];
            if (max != 1)
            {
                best = Better(best, Usable(run));
                Need(Usable(run));
                run = [""];
                whole = false;
            }
        }
        best = Better(best, Usable(run));
        Need(Usable(run));
        var read = new Info(whole ? run : null, best, required);
        Sequences.Add((start, _at, read));
        return read;
    }

    /// <summary>
    /// Two or more plain characters here that no quantifier follows, lowercased, read as one atom
    /// (as they would be one by one, without a string per character); null when there are none.
    /// </summary>
    private string? PlainRun()
    {
        var end = _at;
        while (end < pattern.Length && IsPlain(pattern[end]) && !(end + 1 < pattern.Length && IsQuantifier(pattern[end + 1])))
        {
            end++;
        }
        if (end - _at < 2)
        {
            return null;
        }
        var run = string.Create(end - _at, (pattern, _at), static (span, from) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.ToLowerInvariant(from.pattern[from._at + i]);
            }
        });
        _at = end;
        return run;
    }

    private static bool IsPlain(char c) => c is not ('(' or ')' or '[' or '\\' or '.' or '^' or '$' or '*' or '+' or '?' or '|' or '{');

    private static bool IsQuantifier(char c) => c is '*' or '+' or '?' or '{';

    private Info Atom()
    {
        var c = pattern[_at++];
        return c switch
        {
            '(' => Group(),
            '[' => CharClass(),
            '\\' => Escape(),
            '.' => Gap,
            '^' or '$' => ZeroWidth,
            '*' or '+' or '?' => throw new FormatException("quantifier without an atom"),
            _ => Single(c),
        };
    }

    private Info Group()
    {
        var lookaround = false;
        if (Peek('?'))
        {
            _at++;
            var c = AtEnd ? '\0' : pattern[_at];
            if (c is '=' or '!' || (c == '<' && _at + 1 < pattern.Length && pattern[_at + 1] is '=' or '!'))
            {
                lookaround = true;
                _at += c == '<' ? 2 : 1;
            }
            else if (c is ':' or '>')
            {
                _at++;
            }
            else if (c is '<' or '\'' || (c == 'P' && _at + 1 < pattern.Length && pattern[_at + 1] == '<'))
            {
                var close = c == '\'' ? '\'' : '>';
                var end = pattern.IndexOf(close, _at + 1);
                _at = end < 0 ? throw new FormatException("unclosed group name") : end + 1;
            }
            else if (c == '#')
            {
                var end = pattern.IndexOf(')', _at);
                _at = end < 0 ? throw new FormatException("unclosed comment") : end + 1;
                return ZeroWidth;
            }
            else
            {
                return Options();
            }
        }
        var inner = Alternation();
        Expect(')');
        return lookaround ? ZeroWidth : inner;
    }

    private Info Options()
    {
        while (!AtEnd && "imnsx-".Contains(pattern[_at], StringComparison.Ordinal))
        {
            _at++;
        }
        if (Peek(')'))
        {
            _at++;
            return ZeroWidth;
        }
        Expect(':');
        var inner = Alternation();
        Expect(')');
        return inner;
    }

    private Info CharClass()
    {
        var negated = Peek('^');
        // The class's characters lowercased, each once, in order; strings are made only for a simple class.
        var chars = new List<char>(4);
        void Add(char c)
        {
            if (!chars.Contains(char.ToLowerInvariant(c)))
            {
                chars.Add(char.ToLowerInvariant(c));
            }
        }
        var simple = !negated;
        var first = true;
        while (!AtEnd && (pattern[_at] != ']' || first))
        {
            first = false;
            var c = pattern[_at++];
            if (c == '\\' && !AtEnd)
            {
                var e = pattern[_at++];
                simple &= !char.IsLetterOrDigit(e);
                Add(e);
            }
            else if (c == '-' && chars.Count > 0 && !Peek(']'))
            {
                simple = false;
            }
            else if (c == '[' && Peek(':'))
            {
                simple = false;
            }
            else
            {
                Add(c);
            }
        }
        Expect(']');
        return simple && chars.Count is > 0 and <= 4 ? new Info([.. chars.Select(c => c.ToString())], null) : Gap;
    }

    private Info Escape()
    {
        if (AtEnd)
        {
            throw new FormatException("pattern ends with a backslash");
        }
        var c = pattern[_at++];
        switch (c)
        {
            case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                return ZeroWidth;
            case 'p' or 'P':
                SkipBraces();
                return Gap;
            case 'k':
                SkipTo(pattern[_at] == '\'' ? '\'' : '>');
                return Gap;
            case 'x':
                return Hex(2);
            case 'u':
                return Hex(4);
            case 't':
                return new Info(["\t"], null);
            default:
                return char.IsLetterOrDigit(c) ? Gap : Single(c);
        }
    }

    private Info Hex(int length)
    {
        if (_at + length > pattern.Length || !int.TryParse(pattern.AsSpan(_at, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
        {
            throw new FormatException("bad hex escape");
        }
        _at += length;
        return Single((char)code);
    }

    private (int Min, int Max) Quantifier()
    {
        if (AtEnd)
        {
            return (1, 1);
        }
        var c = pattern[_at];
        (int, int)? result = c switch
        {
            '*' => (0, int.MaxValue),
            '+' => (1, int.MaxValue),
            '?' => (0, 1),
            '{' => Braces(),
            _ => null,
        };
        if (result is null)
        {
            return (1, 1);
        }
        if (c != '{')
        {
            _at++;
        }
        if (Peek('?') || Peek('+'))
        {
            _at++;
        }
        return result.Value;
    }

    private (int, int)? Braces()
    {
        var end = pattern.IndexOf('}', _at);
        if (end < 0)
        {
            return null;
        }
        var body = pattern[(_at + 1)..end].Split(',');
        if (body.Length > 2 || !int.TryParse(body[0], CultureInfo.InvariantCulture, out var min) && body[0].Length > 0)
        {
            return null;
        }
        var max = body.Length == 1 ? min : body[1].Length == 0 ? int.MaxValue : int.TryParse(body[1], CultureInfo.InvariantCulture, out var m) ? m : -1;
        if (max < 0 || (body.Length == 1 && body[0].Length == 0))
        {
            return null;
        }
        _at = end + 1;
        return (min, max);
    }

    private void SkipBraces()
    {
        if (Peek('{'))
        {
            SkipTo('}');
        }
    }

    private void SkipTo(char close)
    {
        var end = pattern.IndexOf(close, _at);
        _at = end < 0 ? throw new FormatException($"missing '{close}'") : end + 1;
    }

    private bool Peek(char c) => !AtEnd && pattern[_at] == c;

    private void Expect(char c)
    {
        if (!Peek(c))
        {
            throw new FormatException($"expected '{c}' at {_at}");
        }
        _at++;
    }
}
