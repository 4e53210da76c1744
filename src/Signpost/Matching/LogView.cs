namespace Signpost.Matching;

/// <summary>
/// The normalized lines of one input, and their raw text lowercased and joined by newlines,
/// which the literal automaton scans in one pass.
/// </summary>
internal sealed class LogView
{
    /// <summary>In a log with error lines, lines farther than this from every one are progress, not the failure.</summary>
    public const int FocusReach = 6;

    /// <summary>Most lines in focus: the last ones, where a failure ends a log; a log of thousands of error lines reads only these.</summary>
    public const int MaxFocusLines = 500;

    private readonly int[] _offsets;
    private readonly bool[] _focus;
    private string? _focused;

    public LogView(List<LogLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        Lines = lines;
        _offsets = new int[lines.Count];
        var length = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            _offsets[i] = length;
            length += lines[i].Raw.Length + 1;
        }
        Joined = string.Create(length, lines, static (span, all) =>
        {
            foreach (var line in all)
            {
                line.Raw.CopyTo(span);
                span[line.Raw.Length] = '\n';
                span = span[(line.Raw.Length + 1)..];
            }
        });
        Lowered = string.Create(length, Joined, static (span, joined) => joined.AsSpan().ToLowerInvariant(span));
        HasErrorLines = lines.Exists(l => l.Kind == LineKind.Error);
        _focus = FocusOf(lines, HasErrorLines);
    }

    public static LogView Of(string text) => new(LogNormalizer.Normalize(text));

    public IReadOnlyList<LogLine> Lines { get; }

    /// <summary>The raw lines joined by newlines.</summary>
    public string Joined { get; }

    public string Lowered { get; }

    /// <summary>True when some line carries an error word; when none does, every line counts as one.</summary>
    public bool HasErrorLines { get; }

    public int Offset(int line) => _offsets[line];

    /// <summary>True when the line lies within <see cref="FocusReach"/> lines of an error line (every line, when none is one).</summary>
    public bool InFocus(int line) => _focus[line];

    /// <summary>The raw lines in focus joined by newlines, at most the last <see cref="MaxFocusChars"/> characters: where error codes are read.</summary>
    public string Focused => _focused ??= Tail(Array.TrueForAll(_focus, f => f)
        ? Joined
        : string.Join('\n', Lines.Where((_, i) => _focus[i]).Select(l => l.Raw)));

    /// <summary>Most characters of the focus read for error codes.</summary>
    public const int MaxFocusChars = 65536;

    private static string Tail(string text) => text.Length <= MaxFocusChars ? text : text[^MaxFocusChars..];

    private static bool[] FocusOf(List<LogLine> lines, bool hasErrorLines)
    {
        var focus = new bool[lines.Count];
        if (!hasErrorLines)
        {
            Array.Fill(focus, true, Math.Max(0, lines.Count - MaxFocusLines), Math.Min(lines.Count, MaxFocusLines));
            return focus;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Error)
            {
                continue;
            }
            for (var j = Math.Max(0, i - FocusReach); j <= Math.Min(lines.Count - 1, i + FocusReach); j++)
            {
                focus[j] = true;
            }
        }
        for (int i = lines.Count - 1, kept = 0; i >= 0; i--)
        {
            focus[i] &= kept < MaxFocusLines;
            kept += focus[i] ? 1 : 0;
        }
        return focus;
    }

    /// <summary>The index of the line that holds a position of <see cref="Lowered"/>.</summary>
    public int LineAt(int position)
    {
        var index = Array.BinarySearch(_offsets, position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>How much a line's words count in this input.</summary>
    public double Weight(int line) => HasErrorLines || Lines[line].Kind == LineKind.Frame ? Lines[line].Weight : 1.0;
}
