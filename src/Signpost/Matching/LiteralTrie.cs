namespace Signpost.Matching;

/// <summary>
/// The trie behind <see cref="LiteralAutomaton"/>, built from sorted literals so that every
/// node's children are created in character order without any per-node dictionary.
/// </summary>
internal sealed class LiteralTrie
{
    private readonly List<int> _firstChild = [-1];
    private readonly List<int> _nextSibling = [-1];
    private readonly List<int> _lastChild = [-1];
    private readonly List<char> _edge = ['\0'];
    private readonly List<int> _terminal = [-1];

    public IReadOnlyList<char> Edge => _edge;

    public IReadOnlyList<int> Terminal => _terminal;

    public static LiteralTrie Build(IReadOnlyList<string> literals)
    {
        var trie = new LiteralTrie();
        var order = Enumerable.Range(0, literals.Count).Where(i => literals[i].Length > 0)
            .OrderBy(i => literals[i], StringComparer.Ordinal).ToArray();
        var path = new List<int> { 0 };
        var previous = "";
        foreach (var index in order)
        {
            var literal = literals[index];
            var common = CommonPrefix(previous, literal);
            path.RemoveRange(common + 1, path.Count - common - 1);
            for (var depth = common; depth < literal.Length; depth++)
            {
                path.Add(trie.AddChild(path[depth], literal[depth]));
            }
            if (trie._terminal[path[literal.Length]] < 0)
            {
                trie._terminal[path[literal.Length]] = index;
            }
            previous = literal;
        }
        return trie;
    }

    /// <summary>Node order breadth first, and where each node's children start in that order (one extra slot at the end).</summary>
    public (int[] Order, int[] ChildStart) BreadthFirst()
    {
        var order = new int[_edge.Count];
        var childStart = new int[_edge.Count + 1];
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
        var node = _edge.Count;
        _edge.Add(c);
        _firstChild.Add(-1);
        _nextSibling.Add(-1);
        _lastChild.Add(-1);
        _terminal.Add(-1);
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

    private static int CommonPrefix(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < n && a[i] == b[i])
        {
            i++;
        }
        return i;
    }
}
