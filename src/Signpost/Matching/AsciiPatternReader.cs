namespace Signpost.Matching;

/// <summary>
/// Reads the part of .NET regular expression syntax that <see cref="AsciiPattern"/> runs: plain and
/// escaped characters, character classes, <c>.</c>, <c>\d \w \s</c> and their negations, quantifiers
/// on single characters, groups (optional or not) of alternatives, <c>^ $ \b \B</c>, and a leading
/// <c>(?i)</c>. Returns null for anything else (lookarounds, backreferences, repeated groups, named
/// groups, inline options, characters case-equivalent to ASCII ones, ambiguous braces), which then runs on <see cref="System.Text.RegularExpressions.Regex"/>.
/// </summary>
internal sealed class AsciiPatternReader(string pattern)
{
    /// <summary>A bound above which counted quantifiers are left to the regex engine.</summary>
    private const int MaxCount = 1000;

    private int _at;

    /// <summary>The sequences the whole pattern alternates between; null when it leaves the subset.</summary>
    public List<List<AsciiNode>>? Read()
    {
        if (pattern.StartsWith("(?i)", StringComparison.Ordinal))
        {
            _at = 4;
        }
        var alternatives = Alternation();
        return _at == pattern.Length ? alternatives : null;
    }

    private List<List<AsciiNode>>? Alternation()
    {
        var alternatives = new List<List<AsciiNode>>();
        while (true)
        {
            if (Sequence() is not { } sequence)
            {
                return null;
            }
            alternatives.Add(sequence);
            if (_at >= pattern.Length || pattern[_at] != '|')
            {
                return alternatives;
            }
            _at++;
        }
    }

    private List<AsciiNode>? Sequence()
    {
        var nodes = new List<AsciiNode>();
        while (_at < pattern.Length && pattern[_at] is not ('|' or ')'))
        {
            if (Atom() is not { } atom || Quantified(atom) is not { } node)
            {
                return null;
            }
            Append(nodes, node);
        }
        return nodes;
    }

    /// <summary>Adds a node, joining a literal to the literal before it.</summary>
    private static void Append(List<AsciiNode> nodes, AsciiNode node)
    {
        if (node.Step.Kind == AsciiStepKind.Literal && nodes.Count > 0 && nodes[^1].Step.Kind == AsciiStepKind.Literal)
        {
            nodes[^1] = new AsciiNode(nodes[^1].Step with { Text = nodes[^1].Step.Text + node.Step.Text });
            return;
        }
        nodes.Add(node);
    }

    private AsciiNode? Atom()
    {
        var c = pattern[_at++];
        return c switch
        {
            '(' => Group(),
            '[' => Class() is { } set ? Step(AsciiStepKind.Set, set) : null,
            '\\' => Escape(),
            '.' => Step(AsciiStepKind.Set, AsciiSet.AnyButNewline),
            '^' => new AsciiNode(new AsciiStep(AsciiStepKind.TextStart, -1)),
            '$' => new AsciiNode(new AsciiStep(AsciiStepKind.TextEnd, -1)),
            '*' or '+' or '?' or '{' => null,
            _ => Character(c),
        };
    }

    private AsciiNode? Group()
    {
        if (_at < pattern.Length && pattern[_at] == '?')
        {
            if (_at + 1 >= pattern.Length || pattern[_at + 1] != ':')
            {
                return null;
            }
            _at += 2;
        }
        if (Alternation() is not { } alternatives || _at >= pattern.Length || pattern[_at] != ')')
        {
            return null;
        }
        _at++;
        return new AsciiNode(new AsciiStep(AsciiStepKind.Branch, -1) { Min = 1, Max = 1 }, alternatives);
    }

    private AsciiNode? Escape()
    {
        if (_at >= pattern.Length)
        {
            return null;
        }
        var c = pattern[_at++];
        return c switch
        {
            'b' => new AsciiNode(new AsciiStep(AsciiStepKind.WordBoundary, -1)),
            'B' => new AsciiNode(new AsciiStep(AsciiStepKind.NotWordBoundary, -1)),
            _ => ClassEscape(c) is { } set ? Step(AsciiStepKind.Set, set) : EscapedCharacter(c) is { } plain ? Character(plain) : null,
        };
    }

    /// <summary>The set of <c>\d \D \w \W \s \S</c>; null for any other escape.</summary>
    private static AsciiSet? ClassEscape(char c) => c switch
    {
        'd' => AsciiSet.Digits,
        'D' => AsciiSet.Digits.Complement(),
        'w' => AsciiSet.WordChars,
        'W' => AsciiSet.WordChars.Complement(),
        's' => AsciiSet.Whitespace,
        'S' => AsciiSet.Whitespace.Complement(),
        _ => null,
    };

    /// <summary>The character an escape stands for: a control character or ASCII punctuation; null otherwise.</summary>
    private static char? EscapedCharacter(char c) => c switch
    {
        't' => '\t',
        'n' => '\n',
        'r' => '\r',
        'f' => '\f',
        'v' => '\v',
        _ when c < 128 && !char.IsAsciiLetterOrDigit(c) && c != '_' => c,
        _ => null,
    };

    private static AsciiNode? Character(char c) =>
        c < 128 || NeverAscii(c) ? new AsciiNode(new AsciiStep(AsciiStepKind.Literal, -1) { Text = char.ToLowerInvariant(c).ToString() }) : null;

    /// <summary>
    /// True for a character outside ASCII that no ASCII character equals, even ignoring case: such a
    /// character in a pattern simply never matches an ASCII line. Four characters are
    /// case-equivalent to ASCII letters (the Kelvin sign, the long s, the dotted and dotless i), and
    /// surrogates are halves of characters; these are left to the regex engine.
    /// </summary>
    private static bool NeverAscii(char c) => c >= 128 && !char.IsSurrogate(c) && c is not ('\u212A' or '\u017F' or '\u0130' or '\u0131');

    private static AsciiNode Step(AsciiStepKind kind, AsciiSet set) => new(new AsciiStep(kind, -1) { Set = set });

    /// <summary>A class after its opening bracket, case-folded then negated as the engine reads it.</summary>
    private AsciiSet? Class()
    {
        var negated = _at < pattern.Length && pattern[_at] == '^';
        _at += negated ? 1 : 0;
        var set = AsciiSet.Empty;
        var first = true;
        while (_at < pattern.Length && (pattern[_at] != ']' || first))
        {
            first = false;
            if (ClassItem() is not { } item)
            {
                return null;
            }
            set |= item;
        }
        if (_at >= pattern.Length)
        {
            return null;
        }
        _at++;
        set = set.CaseFolded();
        return negated ? set.Complement() : set;
    }

    private AsciiSet? ClassItem()
    {
        if (pattern[_at] is '[' or ']')
        {
            return null;
        }
        if (pattern[_at] == '\\' && _at + 1 < pattern.Length && ClassEscape(pattern[_at + 1]) is { } escaped)
        {
            _at += 2;
            // A class escape cannot start a range; the engine refuses the pattern.
            return _at + 1 < pattern.Length && pattern[_at] == '-' && pattern[_at + 1] != ']' ? null : escaped;
        }
        if (ClassCharacter() is not { } from)
        {
            return null;
        }
        if (_at + 1 < pattern.Length && pattern[_at] == '-' && pattern[_at + 1] != ']')
        {
            _at++;
            return ClassCharacter() is { } to && to >= from && (to < 128 || !"\u212A\u017F\u0130\u0131".Any(c => c >= from && c <= to)) ? AsciiSet.Range(from, to) : null;
        }
        return AsciiSet.Of(from);
    }

    private char? ClassCharacter()
    {
        var c = pattern[_at++];
        if (c == '\\')
        {
            // \b in a class is a backspace, a rarity left to the engine, as are all letter escapes.
            return _at < pattern.Length && pattern[_at] != 'b' ? EscapedCharacter(pattern[_at++]) : null;
        }
        return c is not '[' && (c < 128 || NeverAscii(c)) ? c : null;
    }

    /// <summary>The atom with the quantifier that follows it, if any.</summary>
    private AsciiNode? Quantified(AsciiNode atom)
    {
        if (_at >= pattern.Length || pattern[_at] is not ('*' or '+' or '?' or '{'))
        {
            return atom;
        }
        if (Quantifier() is not var (min, max))
        {
            return null;
        }
        var lazy = _at < pattern.Length && pattern[_at] == '?';
        _at += lazy ? 1 : 0;
        if (_at < pattern.Length && pattern[_at] is '*' or '+' or '?' or '{')
        {
            return null;
        }
        var step = atom.Step;
        return step.Kind switch
        {
            AsciiStepKind.Branch when (min, max) == (0, 1) => atom with { Step = step with { Min = 0, Lazy = lazy } },
            AsciiStepKind.Set => new AsciiNode(new AsciiStep(AsciiStepKind.Repeat, -1) { Set = step.Set, Min = min, Max = max, Lazy = lazy }),
            AsciiStepKind.Literal => new AsciiNode(new AsciiStep(AsciiStepKind.Repeat, -1) { Set = AsciiSet.Of(step.Text[0]).CaseFolded(), Min = min, Max = max, Lazy = lazy }),
            _ => null,
        };
    }

    private (int Min, int Max)? Quantifier()
    {
        var c = pattern[_at++];
        if (c != '{')
        {
            return c switch { '*' => (0, int.MaxValue), '+' => (1, int.MaxValue), _ => (0, 1) };
        }
        if (Number() is not { } min)
        {
            return null;
        }
        var max = min;
        if (_at < pattern.Length && pattern[_at] == ',')
        {
            _at++;
            max = _at < pattern.Length && pattern[_at] == '}' ? int.MaxValue : Number() ?? -1;
        }
        if (_at >= pattern.Length || pattern[_at] != '}' || max < min)
        {
            return null;
        }
        _at++;
        return (min, max);
    }

    private int? Number()
    {
        var start = _at;
        while (_at < pattern.Length && char.IsAsciiDigit(pattern[_at]) && _at - start < 4)
        {
            _at++;
        }
        return _at > start && int.Parse(pattern.AsSpan(start, _at - start)) is var n && n <= MaxCount ? n : null;
    }
}
