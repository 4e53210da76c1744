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

    public static QueryTerms From(LogView log, TokenIndex index)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(index);
        var query = new QueryTerms();
        var tokens = new List<string>();
        for (var line = 0; line < log.Lines.Count; line++)
        {
            tokens.Clear();
            Tokenizer.Tokens(log.Lines[line].Text, tokens);
            var weight = log.Weight(line);
            var previous = -1;
            foreach (var token in tokens)
            {
                var term = index.Term(token);
                if (term >= 0 && (!query._terms.TryGetValue(term, out var seen) || seen.Weight < weight))
                {
                    query._terms[term] = (weight, line);
                }
                if (term >= 0 && previous >= 0 && log.Lines[line].Kind != LineKind.Frame)
                {
                    query._bigrams.Add(Bigram(previous, term));
                }
                previous = term;
            }
        }
        query.Total = query._terms.Sum(t => index.Idf[t.Key] * t.Value.Weight);
        return query;
    }

    /// <summary>The idf-weighted sum of all known terms of the text.</summary>
    public double Total { get; private set; }

    public static long Bigram(int first, int second) => ((long)first << 32) | (uint)second;

    public bool HasBigram(int first, int second) => _bigrams.Contains(Bigram(first, second));

    public double Weight(int term) => _terms.TryGetValue(term, out var t) ? t.Weight : 0;

    public IEnumerable<(int Term, double Weight)> Weighted() => _terms.Select(t => (t.Key, t.Value.Weight));
}
