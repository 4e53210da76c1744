namespace Signpost.Matching;

/// <summary>
/// The normalized lines of one input, and their raw text lowercased and joined by newlines,
/// which the literal automaton scans in one pass.
/// </summary>
internal sealed class LogView
{
    private readonly int[] _offsets;

    public LogView(List<LogLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        Lines = lines;
        _offsets = new int[lines.Count];
        var joined = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            _offsets[i] = joined.Length;
            joined.Append(lines[i].Raw).Append('\n');
        }
        Joined = joined.ToString();
        Lowered = Joined.ToLowerInvariant();
        HasErrorLines = lines.Exists(l => l.Kind == LineKind.Error);
    }

    public static LogView Of(string text) => new(LogNormalizer.Normalize(text));

    public IReadOnlyList<LogLine> Lines { get; }

    /// <summary>The raw lines joined by newlines.</summary>
    public string Joined { get; }

    public string Lowered { get; }

    /// <summary>True when some line carries an error word; when none does, every line counts as one.</summary>
    public bool HasErrorLines { get; }

    public int Offset(int line) => _offsets[line];

    /// <summary>The index of the line that holds a position of <see cref="Lowered"/>.</summary>
    public int LineAt(int position)
    {
        var index = Array.BinarySearch(_offsets, position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>How much a line's words count in this input.</summary>
    public double Weight(int line) => HasErrorLines || Lines[line].Kind == LineKind.Frame ? Lines[line].Weight : 1.0;
}
