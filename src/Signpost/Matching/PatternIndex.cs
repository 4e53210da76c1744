using System.Diagnostics;
using Signpost.Canons;

namespace Signpost.Matching;

/// <summary>
/// Runs entries' patterns over a log, but only those whose required literals occur in it:
/// the literals of all patterns sit in one <see cref="LiteralAutomaton"/>, and a pattern runs
/// only on the lines where one of its literals was seen. Pattern parts without a usable literal are not run (see <see cref="Indexable"/>).
/// </summary>
internal sealed class PatternIndex
{
    /// <summary>Longest stretch of a line a pattern runs on; beyond it, a window around the literal.</summary>
    private const int MaxSpan = 4096;

    /// <summary>Most lines one pattern runs on; a log repeating one error a thousand times needs a few.</summary>
    private const int MaxLines = 12;

    /// <summary>Corpora this large read their patterns on several threads.</summary>
    private const int ParallelFrom = 1000;

    /// <summary>
    /// Longest CPU time one lookup spends running patterns (compiling them not counted; CPU time, so
    /// that waiting for a core on a busy machine does not count); the rest are skipped. Each run is bounded by its own timeout (retried once), so a lookup stays under this
    /// plus two timeouts however many patterns a hostile text wakes. Ordinary lookups spend well under
    /// a millisecond here, so the cut only ever falls on hostile texts.
    /// </summary>
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(20);

    private readonly EntryPattern[] _patterns;
    private readonly int[][] _entriesOf;
    private readonly LiteralAutomaton _automaton;
    private readonly int[][] _literalPatterns;

    private PatternIndex(EntryPattern[] patterns, int[][] entriesOf, LiteralAutomaton automaton, int[][] literalPatterns) =>
        (_patterns, _entriesOf, _automaton, _literalPatterns) = (patterns, entriesOf, automaton, literalPatterns);

    public int PatternCount => _patterns.Length;

    /// <summary>
    /// The parts of a pattern that can be indexed: the whole pattern when it requires a literal,
    /// else each top-level alternative that does. An alternative with no literal of three characters
    /// would have to run on every line of every lookup; it is left out, and its entry is found by its words.
    /// </summary>
    internal static IEnumerable<(string Source, IReadOnlyList<string> Factors)> Indexable(string pattern)
    {
        var factors = LiteralExtractor.Factors(pattern);
        if (factors.Count > 0)
        {
            return [(pattern, factors)];
        }
        var branches = LiteralExtractor.Branches(pattern);
        return branches.Count < 2 ? [] : branches.Select(b => (b, LiteralExtractor.Factors(b))).Where(b => b.Item2.Count > 0);
    }

    public static PatternIndex Build(IReadOnlyList<Canon> canons)
    {
        var patterns = new List<EntryPattern>();
        var literalIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var literalPatterns = new List<List<int>>();
        // Reading the patterns (the costly part) runs on all cores for a large corpus; numbering them stays in entry order.
        var parts = new (string Source, IReadOnlyList<string> Factors)[canons.Count][];
        if (canons.Count < ParallelFrom)
        {
            for (var entry = 0; entry < canons.Count; entry++)
            {
                parts[entry] = [.. canons[entry].Patterns.SelectMany(Indexable)];
            }
        }
        else
        {
            Parallel.For(0, canons.Count, entry => parts[entry] = [.. canons[entry].Patterns.SelectMany(Indexable)]);
        }
        // One pattern per distinct source: entries that share a pattern (siblings, copies) share its
        // regex and its run, and each of them gets the hit.
        var bySource = new Dictionary<string, int>(StringComparer.Ordinal);
        var entriesOf = new List<List<int>>();
        for (var entry = 0; entry < canons.Count; entry++)
        {
            foreach (var (source, factors) in parts[entry])
            {
                if (bySource.TryGetValue(source, out var shared))
                {
                    if (entriesOf[shared][^1] != entry)
                    {
                        entriesOf[shared].Add(entry);
                    }
                    continue;
                }
                var id = bySource[source] = patterns.Count;
                patterns.Add(new EntryPattern(entry, source));
                entriesOf.Add([entry]);
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
        WarmUp();
        return new PatternIndex([.. patterns], [.. entriesOf.Select(e => e.ToArray())], LiteralAutomaton.Build(literals), [.. literalPatterns.Select(l => l.Distinct().ToArray())]);
    }

    /// <summary>
    /// Runs the regex interpreter once on common constructs, so that its code is compiled while the
    /// index is built and not inside a lookup's first pattern run, where it would count against the run's timeout.
    /// </summary>
    private static void WarmUp() =>
        new EntryPattern(-1, @"warm(?:ing)?\s+[a-z]+.*?(up|\d{2,})").Run("Warming UP the engine: up 42");

    /// <summary>Every pattern that matches, with its first matching line (error lines first).</summary>
    public List<PatternHit> Find(LogView log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var seen = Places(log);
        var hits = new List<PatternHit>();
        var budget = new PatternBudget(Budget.TotalMicroseconds);
        foreach (var (pattern, places) in seen)
        {
            if (budget.IsSpent())
            {
                break;
            }
            if (places.Count > 1)
            {
                // Error lines first: when a pattern matches there, the other lines need not run.
                places.Sort((a, b) => Rank(log, a.Line).CompareTo(Rank(log, b.Line)));
            }
            var entryPattern = _patterns[pattern];
            if (!entryPattern.IsCompiled)
            {
                var compiling = Stopwatch.GetTimestamp();
                entryPattern.Compile();
                budget.Exclude(Stopwatch.GetElapsedTime(compiling));
            }
            AddHits(hits, entryPattern, _entriesOf[pattern], log, places);
        }
        return hits;
    }

    /// <summary>Each pattern whose literals occur in the log, with the lines (and literal ends) where they do, one entry a line.</summary>
    private Dictionary<int, List<(int Line, int End)>> Places(LogView log)
    {
        var seen = new Dictionary<int, List<(int Line, int End)>>();
        var state = (Patterns: _literalPatterns, Log: log, Seen: seen, LastLine: new Dictionary<int, int>());
        _automaton.Scan(log.Lowered, ref state, static (ref s, literal, end) =>
        {
            var line = s.Log.LineAt(end);
            // A literal seen again on the same line adds nothing: its patterns already hold that line.
            if (s.LastLine.TryGetValue(literal, out var last) && last == line)
            {
                return;
            }
            s.LastLine[literal] = line;
            foreach (var pattern in s.Patterns[literal])
            {
                if (!s.Seen.TryGetValue(pattern, out var places))
                {
                    s.Seen[pattern] = places = [];
                }
                if (places.Count < MaxLines * 4 && (places.Count == 0 || places[^1].Line != line))
                {
                    places.Add((line, end));
                }
            }
        });
        return seen;
    }

    /// <summary>For diagnosis: each pattern a lookup would consider, on how many lines, and on how many its required literals all occur.</summary>
    internal IEnumerable<(EntryPattern Pattern, int Lines, int MayMatch)> Trace(LogView log) =>
        Places(log).Select(p => (_patterns[p.Key], p.Value.Count, p.Value.Count(l => _patterns[p.Key].MayMatch(log.Lowered.AsSpan(log.Offset(l.Line), log.Lines[l.Line].Raw.Length)))));

    /// <summary>Runs the pattern on the given lines (error lines first) and keeps the first match, for each entry that holds the pattern.</summary>
    private static void AddHits(List<PatternHit> hits, EntryPattern pattern, int[] entries, LogView log, List<(int Line, int End)> places)
    {
        for (var i = 0; i < places.Count && i < MaxLines; i++)
        {
            var (line, end) = places[i];
            if (!pattern.MayMatch(log.Lowered.AsSpan(log.Offset(line), log.Lines[line].Raw.Length)))
            {
                continue;
            }
            var (start, text) = Window(log.Lines[line].Raw, end - log.Offset(line));
            if (pattern.Run(text) is { } match)
            {
                foreach (var entry in entries)
                {
                    hits.Add(new PatternHit(pattern, entry, line, start + match.Index, match.Length));
                }
                return;
            }
        }
    }

    private static int Rank(LogView log, int line) => (log.Lines[line].Kind == LineKind.Error ? 0 : 1 << 24) + line;

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
