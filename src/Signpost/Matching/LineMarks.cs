namespace Signpost.Matching;

/// <summary>
/// What the literal scan found on the line it is reading: a bit for each literal seen and for each
/// pattern woken, and the woken patterns in order with where their literal ended. Bits keep the
/// tables small enough to stay in the cache at 100k entries (25 KB and 8 KB there); a line clears
/// only the bits it set. One per thread (<see cref="ForThread"/>), reused from lookup to lookup.
/// </summary>
internal sealed class LineMarks
{
    [ThreadStatic]
    private static LineMarks? _thread;

    private readonly ulong[] _seen;
    private readonly ulong[] _woken;
    private readonly List<int> _seenList = [];

    private LineMarks(int literals, int patterns) => (_seen, _woken) = (new ulong[(literals + 63) / 64], new ulong[(patterns + 63) / 64]);

    /// <summary>The patterns woken on the line, each once, with the end of the literal that woke it (an offset in the whole text).</summary>
    public List<(int Pattern, int End)> Woken { get; } = [];

    /// <summary>This thread's marks, cleared, with room for the given numbers of literals and patterns.</summary>
    public static LineMarks ForThread(int literals, int patterns)
    {
        if (_thread is { } kept && kept._seen.Length * 64 >= literals && kept._woken.Length * 64 >= patterns)
        {
            kept.Clear();
            return kept;
        }
        return _thread = new LineMarks(literals, patterns);
    }

    /// <summary>Marks a literal seen; false when the line had seen it already.</summary>
    public bool See(int literal)
    {
        if (!Set(_seen, literal))
        {
            return false;
        }
        _seenList.Add(literal);
        return true;
    }

    /// <summary>True when the line holds the literal.</summary>
    public bool Saw(int literal) => (_seen[literal >> 6] & (1UL << literal)) != 0;

    /// <summary>Marks a pattern woken where a literal ended, unless the line woke it already.</summary>
    public void Wake(int pattern, int end)
    {
        if (Set(_woken, pattern))
        {
            Woken.Add((pattern, end));
        }
    }

    /// <summary>Forgets the line: clears the bits it set, from its own lists.</summary>
    public void Clear()
    {
        foreach (var literal in _seenList)
        {
            _seen[literal >> 6] &= ~(1UL << literal);
        }
        foreach (var (pattern, _) in Woken)
        {
            _woken[pattern >> 6] &= ~(1UL << pattern);
        }
        _seenList.Clear();
        Woken.Clear();
    }

    private static bool Set(ulong[] bits, int index)
    {
        ref var word = ref bits[index >> 6];
        var bit = 1UL << index;
        if ((word & bit) != 0)
        {
            return false;
        }
        word |= bit;
        return true;
    }
}
