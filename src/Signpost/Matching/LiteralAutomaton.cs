namespace Signpost.Matching;

/// <summary>
/// An Aho-Corasick automaton over many literal strings: one pass over a text reports every
/// occurrence of every literal. Nodes are numbered breadth first so each node's children sit
/// side by side (sorted by character), which keeps the automaton compact at 100k entries.
/// </summary>
internal sealed class LiteralAutomaton
{
    private const int AsciiSize = 128;
    private readonly int[] _childStart;
    private readonly char[] _edge;
    private readonly int[] _fail;
    private readonly int[] _literal;
    private readonly int[] _nextOutput;
    private readonly int[] _root = new int[AsciiSize];

    private LiteralAutomaton(int[] childStart, char[] edge, int[] fail, int[] literal, int[] nextOutput)
    {
        (_childStart, _edge, _fail, _literal, _nextOutput) = (childStart, edge, fail, literal, nextOutput);
        for (var c = 0; c < AsciiSize; c++)
        {
            _root[c] = FindChild(0, (char)c);
        }
    }

    public int NodeCount => _fail.Length;

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
        var automaton = new LiteralAutomaton(childStart, edge, new int[count], literal, new int[count]);
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
                s = _fail[s];
            }
            for (var o = _literal[s] >= 0 ? s : _nextOutput[s]; o > 0; o = _nextOutput[o])
            {
                found(ref state, _literal[o], i);
            }
        }
    }

    private int FindChild(int node, char c)
    {
        int lo = _childStart[node], hi = _childStart[node + 1] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var e = _edge[mid];
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
        _nextOutput[0] = -1;
        for (var node = 0; node < _fail.Length; node++)
        {
            for (var child = _childStart[node]; child < _childStart[node + 1]; child++)
            {
                var f = node == 0 ? 0 : Step(_fail[node], _edge[child]);
                _fail[child] = f;
                _nextOutput[child] = _literal[f] >= 0 ? f : _nextOutput[f];
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
            s = _fail[s];
        }
    }
}

/// <summary>Receives one literal occurrence: the literal's number and the index of its last character.</summary>
internal delegate void FoundAction<TState>(ref TState state, int literal, int end);
