using Signpost.Canons;

namespace Signpost.Matching;

/// <summary>Everything built once per corpus: the entries' facts, the pattern index and the token index.</summary>
internal sealed class MatchIndex
{
    private readonly Dictionary<string, int> _codeFrequency;

    private MatchIndex(IReadOnlyList<EntryFacts> entries, PatternIndex patterns, TokenIndex tokens)
    {
        (Entries, Patterns, Tokens) = (entries, patterns, tokens);
        // How many entries name each code (an entry naming it twice counts once).
        _codeFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            named.Clear();
            foreach (var code in entry.Codes)
            {
                if (named.Add(code.Value))
                {
                    _codeFrequency[code.Value] = _codeFrequency.GetValueOrDefault(code.Value) + 1;
                }
            }
        }
    }

    public IReadOnlyList<EntryFacts> Entries { get; }

    public PatternIndex Patterns { get; }

    public TokenIndex Tokens { get; }

    /// <summary>
    /// How specific a code is: 1 when one entry names it, towards 0 as more entries do. Exit status 1
    /// only says that something failed, in every failing log, however few entries spell it out: 0.
    /// </summary>
    public double CodeSpecificity(ErrorCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Value == "exit1")
        {
            return 0;
        }
        var df = Math.Max(1, _codeFrequency.GetValueOrDefault(code.Value));
        return Entries.Count <= 1 ? 1 : Math.Log((double)Entries.Count / df) / Math.Log(Entries.Count);
    }

    public static MatchIndex Build(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var canons = corpus.All;
        var entries = new EntryFacts[canons.Count];
        if (canons.Count < ParallelFrom)
        {
            // A small corpus (the built-in one) builds in milliseconds: starting pool threads would cost more.
            for (var i = 0; i < canons.Count; i++)
            {
                entries[i] = EntryFacts.Of(canons[i]);
            }
            return new MatchIndex(entries, PatternIndex.Build(canons), TokenIndex.Build(canons));
        }
        // The pattern index ends in single-threaded steps (numbering, the automaton): the entries' facts
        // are read after the token index, on the core those steps leave free.
        var patterns = Task.Run(() => PatternIndex.Build(canons));
        var tokens = TokenIndex.Build(canons);
        Parallel.For(0, canons.Count, i => entries[i] = EntryFacts.Of(canons[i]));
        return new MatchIndex(entries, patterns.Result, tokens);
    }

    /// <summary>Corpora this large build on several threads.</summary>
    private const int ParallelFrom = 1000;
}
