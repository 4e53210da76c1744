namespace Signpost.Matching;

/// <summary>
/// An Aho-Corasick automaton over many literal strings: one pass over a text reports every
/// occurrence of every literal. Nodes are numbered breadth first so each node's children sit
/// side by side (sorted by character), which keeps the automaton compact at 100k entries; what
/// the scan reads of a node, the character that leads to it included, sits in one
/// <see cref="AutomatonNode"/>: finding a child reads the children themselves, and the one found is
/// the next node, already in the cache.
/// </summary>
internal sealed class LiteralAutomaton
{
    private const int AsciiSize = 128;
    private readonly AutomatonNode[] _nodes;
    private readonly int[] _root = new int[AsciiSize];

    private LiteralAutomaton(int[] childStart, char[] edge, int[] literal)
    {
        _nodes = new AutomatonNode[literal.Length + 1];
        for (var node = 0; node <= literal.Length; node++)
        {
            _nodes[node].ChildStart = childStart[node];
            _nodes[node].Literal = node < literal.Length ? literal[node] : -1;
            _nodes[node].Edge = node < literal.Length ? edge[node] : '\0';
        }
        for (var c = 0; c < AsciiSize; c++)
        {
            _root[c] = FindChild(0, (char)c);
        }
    }

    public int NodeCount => _nodes.Length - 1;

    /// <summary>Builds the automaton; literal i of the list is reported as i.</summary>
    public static LiteralAutomaton Build(IReadOnlyList<string> literals)
    {
        ArgumentNullException.ThrowIfNull(literals);
        var trie = LiteralTrie.Build(literals);
        var (order, childStart) = trie.BreadthFirst();
        var count = order.Length;
        var edge = new char[count];
        var literal = new int[count];
        var edges = trie.Edge;
        var terminals = trie.Terminal;
        for (var i = 0; i < count; i++)
        {
            edge[i] = edges[order[i]];
            literal[i] = terminals[order[i]];
        }
        var automaton = new LiteralAutomaton(childStart, edge, literal);
        automaton.Link();
        return automaton;
    }

    /// <summary>Calls <paramref name="found"/> with (literal, end index) for each occurrence.</summary>
    public void Scan<TState>(ReadOnlySpan<char> text, ref TState state, FoundAction<TState> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var s = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            while (true)
            {
                var next = s == 0 && c < AsciiSize ? _root[c] : FindChild(s, c);
                if (next > 0)
                {
                    s = next;
                    break;
                }
                if (s == 0)
                {
                    break;
                }
                s = _nodes[s].Fail;
            }
            for (var o = _nodes[s].Literal >= 0 ? s : _nodes[s].NextOutput; o > 0; o = _nodes[o].NextOutput)
            {
                found(ref state, _nodes[o].Literal, i);
            }
        }
    }

    private int FindChild(int node, char c)
    {
        int lo = _nodes[node].ChildStart, hi = _nodes[node + 1].ChildStart - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var e = _nodes[mid].Edge;
            if (e == c)
            {
                return mid;
            }
            if (e < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return -1;
    }

    private void Link()
    {
        _nodes[0].NextOutput = -1;
        for (var node = 0; node < NodeCount; node++)
        {
            for (var child = _nodes[node].ChildStart; child < _nodes[node + 1].ChildStart; child++)
            {
                var f = node == 0 ? 0 : Step(_nodes[node].Fail, _nodes[child].Edge);
                _nodes[child].Fail = f;
                _nodes[child].NextOutput = _nodes[f].Literal >= 0 ? f : _nodes[f].NextOutput;
            }
        }
    }

    private int Step(int s, char c)
    {
        while (true)
        {
            var next = FindChild(s, c);
            if (next > 0)
            {
                return next;
            }
            if (s == 0)
            {
                return 0;
            }
            s = _nodes[s].Fail;
        }
    }
}

/// <summary>Receives one literal occurrence: the literal's number and the index of its last character.</summary>
internal delegate void FoundAction<TState>(ref TState state, int literal, int end);
