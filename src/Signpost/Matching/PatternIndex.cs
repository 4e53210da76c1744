using Signpost.Canons;

namespace Signpost.Matching;

/// <summary>
/// Runs entries' patterns over a log, but only those whose required literals occur in it:
/// the literals of all patterns sit in one <see cref="LiteralAutomaton"/>, and a pattern runs
/// only on the lines where one of its literals was seen. Patterns without a usable literal run on every line.
/// </summary>
internal sealed class PatternIndex
{
    /// <summary>Longest stretch of a line a pattern runs on; beyond it, a window around the literal.</summary>
    private const int MaxSpan = 4096;

    /// <summary>Most lines one pattern runs on; a log repeating one error a thousand times needs a few.</summary>
    private const int MaxLines = 32;

    private readonly EntryPattern[] _patterns;
    private readonly LiteralAutomaton _automaton;
    private readonly int[][] _literalPatterns;
    private readonly int[] _alwaysRun;

    private PatternIndex(EntryPattern[] patterns, LiteralAutomaton automaton, int[][] literalPatterns, int[] alwaysRun) =>
        (_patterns, _automaton, _literalPatterns, _alwaysRun) = (patterns, automaton, literalPatterns, alwaysRun);

    public int PatternCount => _patterns.Length;

    public int AlwaysRunCount => _alwaysRun.Length;

    public static PatternIndex Build(IReadOnlyList<Canon> canons)
    {
        var patterns = new List<EntryPattern>();
        var literalIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var literalPatterns = new List<List<int>>();
        var alwaysRun = new List<int>();
        for (var entry = 0; entry < canons.Count; entry++)
        {
            foreach (var source in canons[entry].Patterns)
            {
                var id = patterns.Count;
                patterns.Add(new EntryPattern(entry, source));
                var factors = LiteralExtractor.Factors(source);
                if (factors.Count == 0)
                {
                    alwaysRun.Add(id);
                }
                foreach (var factor in factors)
                {
                    if (!literalIds.TryGetValue(factor, out var literal))
                    {
                        literal = literalIds[factor] = literalPatterns.Count;
                        literalPatterns.Add([]);
                    }
                    literalPatterns[literal].Add(id);
                }
            }
        }
        var literals = new string[literalIds.Count];
        foreach (var (text, id) in literalIds)
        {
            literals[id] = text;
        }
        return new PatternIndex([.. patterns], LiteralAutomaton.Build(literals), [.. literalPatterns.Select(l => l.Distinct().ToArray())], [.. alwaysRun]);
    }

    /// <summary>Every pattern that matches, with its first matching line (error lines first).</summary>
    public List<PatternHit> Find(LogView log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var seen = new Dictionary<int, List<(int Line, int End)>>();
        var state = (Patterns: _literalPatterns, Log: log, Seen: seen);
        _automaton.Scan(log.Lowered, ref state, static (ref s, literal, end) =>
        {
            var line = s.Log.LineAt(end);
            foreach (var pattern in s.Patterns[literal])
            {
                if (!s.Seen.TryGetValue(pattern, out var places))
                {
                    s.Seen[pattern] = places = [];
                }
                if (places.Count < MaxLines && (places.Count == 0 || places[^1].Line != line))
                {
                    places.Add((line, end));
                }
            }
        });
        var hits = new List<PatternHit>();
        foreach (var (pattern, places) in seen)
        {
            AddHit(hits, _patterns[pattern], log, places);
        }
        if (_alwaysRun.Length > 0)
        {
            var everyLine = Enumerable.Range(0, Math.Min(log.Lines.Count, MaxLines * 8)).Select(i => (i, log.Offset(i))).ToList();
            foreach (var pattern in _alwaysRun)
            {
                AddHit(hits, _patterns[pattern], log, everyLine);
            }
        }
        return hits;
    }

    private static void AddHit(List<PatternHit> hits, EntryPattern pattern, LogView log, List<(int Line, int End)> places)
    {
        PatternHit? best = null;
        var count = 0;
        foreach (var (line, end) in places)
        {
            var (start, text) = Window(log.Lines[line].Raw, end - log.Offset(line));
            if (pattern.Run(text) is not { } match)
            {
                continue;
            }
            count++;
            if (best is null || (log.Lines[line].Kind == LineKind.Error && log.Lines[best.LineIndex].Kind != LineKind.Error))
            {
                best = new PatternHit(pattern, line, start + match.Index, match.Length, 0);
            }
        }
        if (best is not null)
        {
            hits.Add(best with { LineCount = count });
        }
    }

    private static (int Start, string Text) Window(string line, int at)
    {
        if (line.Length <= MaxSpan)
        {
            return (0, line);
        }
        var start = Math.Clamp(at - (MaxSpan / 2), 0, line.Length - MaxSpan);
        return (start, line.Substring(start, MaxSpan));
    }
}
