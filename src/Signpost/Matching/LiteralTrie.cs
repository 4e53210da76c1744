namespace Signpost.Matching;

/// <summary>
/// The trie behind <see cref="LiteralAutomaton"/>, built from sorted literals so that every
/// node's children are created in character order without any per-node dictionary. Its arrays
/// are sized once, to the nodes the sorted literals make.
/// </summary>
internal sealed class LiteralTrie
{
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;
    private readonly int[] _lastChild;
    private readonly char[] _edge;
    private readonly int[] _terminal;

    private LiteralTrie(int capacity)
    {
        _firstChild = new int[capacity];
        _nextSibling = new int[capacity];
        _lastChild = new int[capacity];
        _edge = new char[capacity];
        _terminal = new int[capacity];
        (_firstChild[0], _nextSibling[0], _lastChild[0], _terminal[0]) = (-1, -1, -1, -1);
        Count = 1;
    }

    /// <summary>How many nodes the trie has, the root included.</summary>
    public int Count { get; private set; }

    public ReadOnlySpan<char> Edge => _edge.AsSpan(0, Count);

    public ReadOnlySpan<int> Terminal => _terminal.AsSpan(0, Count);

    public static LiteralTrie Build(IReadOnlyList<string> literals)
    {
        ArgumentNullException.ThrowIfNull(literals);
        var order = new int[literals.Count];
        var keys = new string[literals.Count];
        var kept = 0;
        for (var i = 0; i < literals.Count; i++)
        {
            if (literals[i].Length > 0)
            {
                (order[kept], keys[kept]) = (i, literals[i]);
                kept++;
            }
        }
        Array.Sort(keys, order, 0, kept, StringComparer.Ordinal);
        // Sorted, each literal adds a node for each character past the prefix it shares with the one before.
        var nodes = 1;
        for (var k = 0; k < kept; k++)
        {
            nodes += keys[k].Length - (k == 0 ? 0 : CommonPrefix(keys[k - 1], keys[k]));
        }
        var trie = new LiteralTrie(nodes);
        var path = new int[keys.Take(kept).Select(k => k.Length).DefaultIfEmpty(0).Max() + 1];
        var previous = "";
        for (var k = 0; k < kept; k++)
        {
            var literal = keys[k];
            for (var depth = CommonPrefix(previous, literal); depth < literal.Length; depth++)
            {
                path[depth + 1] = trie.AddChild(path[depth], literal[depth]);
            }
            // A literal listed twice is reported as its first listing.
            ref var terminal = ref trie._terminal[path[literal.Length]];
            if (terminal < 0 || order[k] < terminal)
            {
                terminal = order[k];
            }
            previous = literal;
        }
        return trie;
    }

    /// <summary>Node order breadth first, and where each node's children start in that order (one extra slot at the end).</summary>
    public (int[] Order, int[] ChildStart) BreadthFirst()
    {
        var order = new int[Count];
        var childStart = new int[Count + 1];
        var tail = 1;
        for (var head = 0; head < order.Length; head++)
        {
            childStart[head] = tail;
            for (var child = _firstChild[order[head]]; child >= 0; child = _nextSibling[child])
            {
                order[tail++] = child;
            }
        }
        childStart[order.Length] = tail;
        return (order, childStart);
    }

    private int AddChild(int parent, char c)
    {
        var last = _lastChild[parent];
        if (last >= 0 && _edge[last] == c)
        {
            return last;
        }
        var node = Count++;
        (_edge[node], _firstChild[node], _nextSibling[node], _lastChild[node], _terminal[node]) = (c, -1, -1, -1, -1);
        if (last < 0)
        {
            _firstChild[parent] = node;
        }
        else
        {
            _nextSibling[last] = node;
        }
        _lastChild[parent] = node;
        return node;
    }

    private static int CommonPrefix(string a, string b) => a.AsSpan().CommonPrefixLength(b);
}
