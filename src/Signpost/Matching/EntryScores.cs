namespace Signpost.Matching;

/// <summary>
/// One lookup's BM25 sums by entry, in a small open-addressing table kept per thread. A lookup
/// touches a few hundred entries: a table sized to them stays in cache, where an array over the
/// whole corpus (400 KB at 100k entries) is written all over. Entries are listed in the order
/// they were first scored; only their slots are cleared after the lookup.
/// </summary>
internal sealed class EntryScores
{
    private const int MinCapacity = 1024;

    [ThreadStatic]
    private static EntryScores? _mine;

    // Entry + 1 in each used slot (0: empty), and its sum.
    private int[] _keys = new int[MinCapacity];
    private float[] _sums = new float[MinCapacity];
    private readonly List<int> _slots = [];

    /// <summary>This thread's table, empty, with room for <paramref name="entries"/> entries at most half full.</summary>
    public static EntryScores ForThread(int entries)
    {
        var scores = _mine ??= new EntryScores();
        if (scores._keys.Length < entries * 2)
        {
            var capacity = (int)Math.Min(1 << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(entries * 2)));
            (scores._keys, scores._sums) = (new int[capacity], new float[capacity]);
        }
        return scores;
    }

    /// <summary>How many entries have a sum.</summary>
    public int Count => _slots.Count;

    /// <summary>The i-th entry scored, in the order they were first scored.</summary>
    public int EntryAt(int i) => _keys[_slots[i]] - 1;

    public float SumAt(int i) => _sums[_slots[i]];

    /// <summary>The entry's sum; 0 when nothing scored it.</summary>
    public float this[int entry]
    {
        get
        {
            var slot = Find(entry);
            return _keys[slot] == 0 ? 0 : _sums[slot];
        }
    }

    public void Add(int entry, float value)
    {
        var slot = Find(entry);
        if (_keys[slot] == 0)
        {
            _keys[slot] = entry + 1;
            _slots.Add(slot);
        }
        _sums[slot] += value;
    }

    /// <summary>Empties the table for the next lookup on the thread.</summary>
    public void Clear()
    {
        foreach (var slot in _slots)
        {
            (_keys[slot], _sums[slot]) = (0, 0);
        }
        _slots.Clear();
    }

    /// <summary>The entry's slot, or the empty slot where it would go.</summary>
    private int Find(int entry)
    {
        var mask = _keys.Length - 1;
        var slot = (int)((uint)(entry * -1640531535) >> 8) & mask;
        while (_keys[slot] != 0 && _keys[slot] != entry + 1)
        {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
