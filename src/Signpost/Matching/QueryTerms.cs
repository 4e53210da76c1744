namespace Signpost.Matching;

/// <summary>
/// The known terms of an input: for each, how much it counts (the weight of the strongest line
/// it appears on) and the first line where it has that weight.
/// </summary>
internal sealed class QueryTerms
{
    private readonly Dictionary<int, (double Weight, int Line)> _terms = [];
    private readonly HashSet<long> _bigrams = [];

    public IReadOnlyDictionary<int, (double Weight, int Line)> Terms => _terms;

    /// <summary>Most characters of one line read for words: an error message says what it is in its first few thousand.</summary>
    public const int MaxLineChars = 4096;

    public static QueryTerms From(LogView log, TokenIndex index)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(index);
        var query = new QueryTerms();
        var state = (Query: query, Index: index, Weight: 0.0, Line: 0, Pairs: false, Previous: -1);
        for (var line = 0; line < log.Lines.Count; line++)
        {
            if (!log.InFocus(line))
            {
                continue;
            }
            (state.Weight, state.Line, state.Pairs, state.Previous) = (log.Weight(line), line, log.Lines[line].Kind != LineKind.Frame, -1);
            var text = log.Lines[line].TextSpan;
            Tokenizer.Each(text[..Math.Min(text.Length, MaxLineChars)], ref state, static (ref s, token) =>
            {
                var term = s.Index.Term(token);
                if (term >= 0 && (!s.Query._terms.TryGetValue(term, out var seen) || seen.Weight < s.Weight))
                {
                    s.Query._terms[term] = (s.Weight, s.Line);
                }
                if (term >= 0 && s.Previous >= 0 && s.Pairs)
                {
                    s.Query._bigrams.Add(Bigram(s.Previous, term));
                }
                s.Previous = term;
            });
        }
        query.Total = query._terms.Sum(t => index.Idf[t.Key] * t.Value.Weight);
        return query;
    }

    /// <summary>The idf-weighted sum of all known terms of the text.</summary>
    public double Total { get; private set; }

    public static long Bigram(int first, int second) => ((long)first << 32) | (uint)second;

    public bool HasBigram(int first, int second) => _bigrams.Contains(Bigram(first, second));

    /// <summary>The known terms with their weights as an array, made once per lookup for the loops that measure candidates.</summary>
    public (int Term, double Weight)[] Weighted => field ??= [.. _terms.Select(t => (t.Key, t.Value.Weight))];

    public double Weight(int term) => _terms.TryGetValue(term, out var t) ? t.Weight : 0;

}
