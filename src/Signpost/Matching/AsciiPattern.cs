namespace Signpost.Matching;

/// <summary>
/// A pattern run by Signpost's own small backtracking matcher, for the syntax most corpus patterns
/// use (<see cref="AsciiPatternReader"/>) on lines of ASCII text. It finds the match the .NET
/// interpreter finds, with the same case-insensitive, culture-invariant reading, but its program is
/// a few small arrays: at 100k entries the regex objects a lookup touches are cold, and reaching
/// them cost more than the matching. When it cannot answer (a line that is not ASCII, or a search
/// longer than <see cref="StepBudget"/> steps), the caller runs the regex instead.
/// </summary>
internal sealed class AsciiPattern
{
    /// <summary>Units of work (steps, characters counted) a search may spend before it gives up; ordinary patterns on a line spend hundreds.</summary>
    public const int StepBudget = 20_000;

    private readonly AsciiStep[] _steps;
    private readonly int _entry;

    /// <summary>Matches begin only where this literal occurs.</summary>
    private readonly string? _firstLiteral;

    /// <summary>Matches begin only on one of these characters; null when a match could be empty.</summary>
    private readonly AsciiSet? _firstSet;

    /// <summary>The pattern starts with <c>^</c>.</summary>
    private readonly bool _anchored;

    /// <summary>The pattern starts with an unbounded run of any character: if it fails at the start of a line, it fails everywhere.</summary>
    private readonly bool _leadingAny;

    private AsciiPattern(AsciiStep[] steps, int entry)
    {
        (_steps, _entry) = (steps, entry);
        var first = entry < 0 ? default : steps[entry];
        _firstLiteral = entry >= 0 && first.Kind == AsciiStepKind.Literal ? first.Text : null;
        _firstSet = First(entry);
        _anchored = entry >= 0 && first.Kind == AsciiStepKind.TextStart;
        _leadingAny = entry >= 0 && first is { Kind: AsciiStepKind.Repeat, Max: int.MaxValue } && first.Set == AsciiSet.AnyButNewline;
    }

    /// <summary>Reads the program's first and last steps and its first literal (see <see cref="Matching.ReadAhead"/>).</summary>
    public int ReadAhead() => _steps.Length == 0 ? 0 : _steps[0].Next + _steps[^1].Next + (_firstLiteral?.Length ?? 0);

    /// <summary>The pattern as a program; null when it uses syntax this matcher leaves to the regex engine.</summary>
    public static AsciiPattern? TryRead(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (new AsciiPatternReader(source).Read() is not { } alternatives)
        {
            return null;
        }
        var steps = new List<AsciiStep>();
        var entry = LinkGroup(steps, alternatives, -1);
        return new AsciiPattern([.. steps], entry);
    }

    /// <summary>
    /// Where the pattern first matches <paramref name="line"/>, as the regex engine would report it
    /// (null: no match); false when this matcher cannot tell, and the regex must run.
    /// </summary>
    public bool TryMatch(ReadOnlySpan<char> line, out (int Index, int Length)? found)
    {
        found = null;
        if (!System.Text.Ascii.IsValid(line))
        {
            return false;
        }
        var run = new AsciiRun(_steps, line, StepBudget);
        var single = _anchored || (_leadingAny && !line.Contains('\n'));
        for (var start = 0; start <= line.Length; start++)
        {
            if (_firstLiteral is not null)
            {
                var at = line[start..].IndexOf(_firstLiteral, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    return true;
                }
                start += at;
            }
            else if (_firstSet is { } set && (start == line.Length || !set.Contains(line[start])))
            {
                continue;
            }
            var end = run.Match(_entry, start);
            if (run.OutOfSteps)
            {
                return false;
            }
            if (end >= 0)
            {
                found = (start, end - start);
                return true;
            }
            if (single)
            {
                return true;
            }
        }
        return true;
    }

    private static int LinkGroup(List<AsciiStep> steps, List<List<AsciiNode>> alternatives, int next)
    {
        if (alternatives.Count == 1)
        {
            return Link(steps, alternatives[0], next);
        }
        var branches = alternatives.Select(sequence => Link(steps, sequence, next)).ToArray();
        steps.Add(new AsciiStep(AsciiStepKind.Branch, -1) { Branches = branches });
        return steps.Count - 1;
    }

    /// <summary>Adds a sequence's steps, last first so that each knows its successor; returns its first step.</summary>
    private static int Link(List<AsciiStep> steps, List<AsciiNode> sequence, int next)
    {
        for (var i = sequence.Count - 1; i >= 0; i--)
        {
            var node = sequence[i];
            if (node.Alternatives is null)
            {
                steps.Add(node.Step with { Next = next });
                next = steps.Count - 1;
                continue;
            }
            var group = LinkGroup(steps, node.Alternatives, next);
            if (node.Step.Min == 0)
            {
                // An optional group: a greedy one tries its body first, a lazy one the rest first.
                steps.Add(new AsciiStep(AsciiStepKind.Branch, -1) { Branches = node.Step.Lazy ? [next, group] : [group, next] });
                group = steps.Count - 1;
            }
            next = group;
        }
        return next;
    }

    /// <summary>The characters a match starting at <paramref name="at"/> can begin with; null when it can be empty.</summary>
    private AsciiSet? First(int at)
    {
        if (at < 0)
        {
            return null;
        }
        var step = _steps[at];
        switch (step.Kind)
        {
            case AsciiStepKind.Literal:
                return AsciiSet.Of(step.Text[0]).CaseFolded();
            case AsciiStepKind.Set:
                return step.Set;
            case AsciiStepKind.Repeat:
                return step.Min > 0 ? step.Set : First(step.Next) is { } rest ? step.Set | rest : null;
            case AsciiStepKind.Branch:
                var union = AsciiSet.Empty;
                foreach (var branch in step.Branches)
                {
                    if (First(branch) is not { } set)
                    {
                        return null;
                    }
                    union |= set;
                }
                return union;
            default:
                // An assertion consumes nothing: what follows it begins the match.
                return First(step.Next);
        }
    }
}
