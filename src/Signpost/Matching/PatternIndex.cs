using System.Diagnostics;
using Signpost.Canons;

namespace Signpost.Matching;

/// <summary>
/// Runs entries' patterns over a log, but only those whose required literals occur in it:
/// the literals of all patterns sit in one <see cref="LiteralAutomaton"/>, and a pattern runs
/// only on the lines where one of its literals was seen. Pattern parts without a usable literal are not run (see <see cref="PatternPart.Of"/>); a woken pattern runs only on lines that hold a literal of each set it requires (<see cref="RequiredLiterals"/>).
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
    private readonly RequiredLiterals _required;

    private PatternIndex(EntryPattern[] patterns, int[][] entriesOf, LiteralAutomaton automaton, int[][] literalPatterns, RequiredLiterals required) =>
        (_patterns, _entriesOf, _automaton, _literalPatterns, _required) = (patterns, entriesOf, automaton, literalPatterns, required);

    public int PatternCount => _patterns.Length;

    public static PatternIndex Build(IReadOnlyList<Canon> canons)
    {
        ArgumentNullException.ThrowIfNull(canons);
        // Each distinct pattern is read once (siblings and copies share patterns); reading is the costly
        // part and runs on all cores for a large corpus. Numbering the patterns stays in entry order.
        var readOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var sources = new List<string>();
        foreach (var canon in canons)
        {
            foreach (var pattern in canon.Patterns)
            {
                if (readOf.TryAdd(pattern, sources.Count))
                {
                    sources.Add(pattern);
                }
            }
        }
        var read = new PatternPart[sources.Count][];
        if (sources.Count < ParallelFrom)
        {
            for (var i = 0; i < sources.Count; i++)
            {
                read[i] = [.. PatternPart.Of(sources[i])];
            }
        }
        else
        {
            Parallel.For(0, sources.Count, i => read[i] = [.. PatternPart.Of(sources[i])]);
        }
        var patterns = new List<EntryPattern>();
        var literalIds = new Dictionary<string, int>(StringComparer.Ordinal);
        int Number(string literal)
        {
            if (!literalIds.TryGetValue(literal, out var id))
            {
                id = literalIds[literal] = literalIds.Count;
            }
            return id;
        }
        // Which literal wakes which pattern, gathered as pairs and laid out per literal at the end.
        var wakes = new List<(int Literal, int Pattern)>();
        var (starts, code) = (new List<int>(), new List<int>());
        // One pattern per distinct source: entries that share a pattern (siblings, copies) share its
        // regex and its run, and each of them gets the hit.
        var bySource = new Dictionary<string, int>(StringComparer.Ordinal);
        var entriesOf = new List<List<int>>();
        for (var entry = 0; entry < canons.Count; entry++)
        {
            foreach (var part in canons[entry].Patterns.SelectMany(p => read[readOf[p]]))
            {
                if (bySource.TryGetValue(part.Source, out var shared))
                {
                    if (entriesOf[shared][^1] != entry)
                    {
                        entriesOf[shared].Add(entry);
                    }
                    continue;
                }
                var id = bySource[part.Source] = patterns.Count;
                patterns.Add(new EntryPattern(entry, part.Source));
                entriesOf.Add([entry]);
                foreach (var factor in part.Literals.Factors)
                {
                    wakes.Add((Number(factor), id));
                }
                starts.Add(code.Count);
                RequiredLiterals.Encode(code, part.Literals, Number);
            }
        }
        var literals = new string[literalIds.Count];
        foreach (var (text, id) in literalIds)
        {
            literals[id] = text;
        }
        WarmUp();
        return new PatternIndex(
            [.. patterns], [.. entriesOf.Select(e => e.ToArray())], LiteralAutomaton.Build(literals),
            ByLiteral(wakes, literals.Length), new RequiredLiterals(starts, code));
    }

    /// <summary>For each literal, the patterns it wakes, in the order they were numbered (a pattern's factors are distinct).</summary>
    private static int[][] ByLiteral(List<(int Literal, int Pattern)> wakes, int literals)
    {
        var count = new int[literals];
        foreach (var (literal, _) in wakes)
        {
            count[literal]++;
        }
        var byLiteral = new int[literals][];
        for (var l = 0; l < literals; l++)
        {
            byLiteral[l] = count[l] == 0 ? [] : new int[count[l]];
            count[l] = 0;
        }
        foreach (var (literal, pattern) in wakes)
        {
            byLiteral[literal][count[literal]++] = pattern;
        }
        return byLiteral;
    }

    /// <summary>
    /// Runs both matchers once on common constructs, so that their code is compiled while the index
    /// is built and not inside a lookup's first pattern run, where it would count against the run's
    /// timeout. The line that is not ASCII goes to the regex interpreter.
    /// </summary>
    private static void WarmUp()
    {
        var pattern = new EntryPattern(-1, @"warm(?:ing)?\s+[a-z]+.*?(up|\d{2,})\b");
        pattern.Run("Warming UP the engine: up 42");
        pattern.Run("Warming UP the engine \u2014 up 42");
    }

    /// <summary>Every pattern that matches, with its first matching line (error lines first).</summary>
    public List<PatternHit> Find(LogView log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var seen = Places(log);
        ReadAhead(seen.Keys);
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
            if (!entryPattern.IsPrepared)
            {
                var compiling = Stopwatch.GetTimestamp();
                entryPattern.Prepare();
                budget.Exclude(Stopwatch.GetElapsedTime(compiling));
            }
            AddHits(hits, entryPattern, _entriesOf[pattern], log, places);
        }
        return hits;
    }

    /// <summary>
    /// Each pattern that may match a line of the log (its literals woke it there, and the line holds
    /// a literal of each set it requires), with those lines and where the waking literal ends.
    /// With <paramref name="woken"/>, also counts for each woken pattern the lines that woke it.
    /// </summary>
    private Dictionary<int, List<(int Line, int End)>> Places(LogView log, Dictionary<int, int>? woken = null)
    {
        var places = new Dictionary<int, List<(int Line, int End)>>();
        var state = (Index: this, Marks: LineMarks.ForThread(_literalPatterns.Length, _patterns.Length), Offset: 0);
        try
        {
            for (var line = 0; line < log.Lines.Count; line++)
            {
                state.Offset = log.Offset(line);
                _automaton.Scan(log.Lowered.AsSpan(state.Offset, log.Lines[line].Raw.Length), ref state, static (ref s, literal, end) =>
                {
                    if (s.Marks.See(literal))
                    {
                        foreach (var pattern in s.Index._literalPatterns[literal])
                        {
                            s.Marks.Wake(pattern, s.Offset + end);
                        }
                    }
                });
                ReadAhead(state.Marks.Woken);
                foreach (var (pattern, end) in state.Marks.Woken)
                {
                    if (woken is not null)
                    {
                        woken[pattern] = woken.GetValueOrDefault(pattern) + 1;
                    }
                    if (!_required.MayMatch(pattern, state.Marks))
                    {
                        continue;
                    }
                    if (!places.TryGetValue(pattern, out var lines))
                    {
                        places[pattern] = lines = [];
                    }
                    if (lines.Count < MaxLines * 4)
                    {
                        lines.Add((line, end));
                    }
                }
                state.Marks.Clear();
            }
        }
        finally
        {
            state.Marks.Clear();
        }
        return places;
    }

    /// <summary>Reads the programs and entries of the patterns about to run (see <see cref="Matching.ReadAhead"/>).</summary>
    private void ReadAhead(Dictionary<int, List<(int Line, int End)>>.KeyCollection patterns)
    {
        var sum = 0;
        foreach (var pattern in patterns)
        {
            sum += _patterns[pattern].ReadAhead() + _entriesOf[pattern].Length;
        }
        Matching.ReadAhead.Keep(sum);
    }

    /// <summary>Reads the required sets of the patterns the line woke, before they are checked (see <see cref="Matching.ReadAhead"/>).</summary>
    private void ReadAhead(List<(int Pattern, int End)> woken)
    {
        var sum = 0;
        foreach (var (pattern, _) in woken)
        {
            sum += _required.ReadAhead(pattern);
        }
        Matching.ReadAhead.Keep(sum);
    }

    /// <summary>For the steps runner: how many patterns may match the log, found as a lookup finds them, none run.</summary>
    internal int PlacesCount(LogView log) => Places(log).Count;

    /// <summary>For diagnosis: each pattern a lookup would consider, on how many lines its literals woke it, and on how many of those its required literals all occur.</summary>
    internal IEnumerable<(EntryPattern Pattern, int Lines, int MayMatch)> Trace(LogView log)
    {
        var woken = new Dictionary<int, int>();
        var places = Places(log, woken);
        return woken.Select(w => (_patterns[w.Key], w.Value, places.TryGetValue(w.Key, out var lines) ? lines.Count : 0));
    }

    /// <summary>Runs the pattern on the given lines (error lines first; each may hold a match) and keeps the first match, for each entry that holds the pattern.</summary>
    private static void AddHits(List<PatternHit> hits, EntryPattern pattern, int[] entries, LogView log, List<(int Line, int End)> places)
    {
        for (var i = 0; i < places.Count && i < MaxLines; i++)
        {
            var (line, end) = places[i];
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
