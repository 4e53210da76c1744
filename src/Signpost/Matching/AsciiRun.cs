namespace Signpost.Matching;

/// <summary>
/// One search of an <see cref="AsciiPattern"/>'s program over an ASCII line, backtracking as the
/// .NET interpreter does: greedy runs try their longest length first, lazy ones their shortest,
/// branches go in order. Each step, each character a run counts and each length it tries spends one
/// unit of a budget; when it runs out, the search stops and <see cref="OutOfSteps"/> says so.
/// </summary>
internal ref struct AsciiRun(AsciiStep[] steps, ReadOnlySpan<char> line, int budget)
{
    private readonly ReadOnlySpan<char> _line = line;
    private int _budget = budget;

    public readonly bool OutOfSteps => _budget < 0;

    /// <summary>Where a match of the program from step <paramref name="at"/> at <paramref name="pos"/> ends; -1 when there is none.</summary>
    public int Match(int at, int pos)
    {
        while (at >= 0)
        {
            if (--_budget < 0)
            {
                return -1;
            }
            ref readonly var step = ref steps[at];
            switch (step.Kind)
            {
                case AsciiStepKind.Literal:
                    if (!LiteralAt(step.Text, pos))
                    {
                        return -1;
                    }
                    pos += step.Text.Length;
                    break;
                case AsciiStepKind.Set:
                    if (pos >= _line.Length || !step.Set.Contains(_line[pos]))
                    {
                        return -1;
                    }
                    pos++;
                    break;
                case AsciiStepKind.Repeat:
                    return Repeat(in step, pos);
                case AsciiStepKind.Branch:
                    foreach (var branch in step.Branches)
                    {
                        var end = Match(branch, pos);
                        if (end >= 0 || OutOfSteps)
                        {
                            return end;
                        }
                    }
                    return -1;
                case AsciiStepKind.TextStart when pos != 0:
                case AsciiStepKind.TextEnd when !(pos == _line.Length || (pos == _line.Length - 1 && _line[pos] == '\n')):
                case AsciiStepKind.WordBoundary when IsWordChar(pos - 1) == IsWordChar(pos):
                case AsciiStepKind.NotWordBoundary when IsWordChar(pos - 1) != IsWordChar(pos):
                    return -1;
            }
            at = step.Next;
        }
        return pos;
    }

    private int Repeat(in AsciiStep step, int pos)
    {
        var most = 0;
        while (most < step.Max && pos + most < _line.Length && step.Set.Contains(_line[pos + most]))
        {
            most++;
        }
        // The characters counted and each length tried spend the budget too, so a search's time is bounded by it.
        _budget -= most;
        if (most < step.Min || OutOfSteps)
        {
            return -1;
        }
        // When a literal follows, only the lengths that end where it begins are worth trying.
        var follower = step.Next >= 0 && steps[step.Next].Kind == AsciiStepKind.Literal ? steps[step.Next].Text[0] : '\0';
        for (var i = 0; i <= most - step.Min; i++)
        {
            var length = step.Lazy ? step.Min + i : most - i;
            if (--_budget < 0)
            {
                return -1;
            }
            if (follower != '\0' && (pos + length >= _line.Length || Lower(_line[pos + length]) != follower))
            {
                continue;
            }
            var end = Match(step.Next, pos + length);
            if (end >= 0 || OutOfSteps)
            {
                return end;
            }
        }
        return -1;
    }

    private readonly bool LiteralAt(string text, int pos)
    {
        if (pos + text.Length > _line.Length)
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (Lower(_line[pos + i]) != text[i])
            {
                return false;
            }
        }
        return true;
    }

    private static char Lower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    private readonly bool IsWordChar(int pos) => pos >= 0 && pos < _line.Length && AsciiSet.WordChars.Contains(_line[pos]);
}
