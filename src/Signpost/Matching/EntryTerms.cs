namespace Signpost.Matching;

/// <summary>
/// One entry's words laid out for measuring it against a text: its distinct terms once, and its phrases (the signature, then each example) as positions in
/// that list. Measuring a candidate reads each of its terms' weight in the text once, and then
/// visits only the phrases and places of the terms the text holds. Flat arrays: a corpus of
/// 100,000 entries holds millions of terms.
/// </summary>
internal sealed class EntryTerms
{
    /// <summary>The places of term t are <c>_places[_placeStart[t].._placeStart[t + 1]]</c>.</summary>
    private readonly int[] _placeStart;
    private readonly (int Phrase, int At)[] _places;

    private EntryTerms(int[] terms, int[][] sequences)
    {
        (Terms, Sequences) = (terms, sequences);
        PhraseIdf = new double[sequences.Length];
        PhraseTerms = new int[sequences.Length];
        _placeStart = new int[terms.Length + 1];
        foreach (var sequence in sequences)
        {
            foreach (var local in sequence)
            {
                _placeStart[local + 1]++;
            }
        }
        for (var t = 0; t < terms.Length; t++)
        {
            _placeStart[t + 1] += _placeStart[t];
        }
        _places = new (int, int)[_placeStart[^1]];
        var fill = _placeStart[..^1];
        for (var p = 0; p < sequences.Length; p++)
        {
            for (var at = 0; at < sequences[p].Length; at++)
            {
                var local = sequences[p][at];
                var place = fill[local]++;
                _places[place] = (p, at);
                // A term's places fill in phrase order: its first place in this phrase adds a distinct term to it.
                if (place == _placeStart[local] || _places[place - 1].Phrase != p)
                {
                    PhraseTerms[p]++;
                }
            }
        }
    }

    /// <summary>The entry's distinct terms (corpus-wide term numbers), ascending.</summary>
    public int[] Terms { get; }

    /// <summary>Per phrase, its terms in text order as positions in <see cref="Terms"/>.</summary>
    public int[][] Sequences { get; }

    /// <summary>Per phrase, the sum of its distinct terms' idf: what full coverage of it weighs (set by <see cref="SumPhraseIdf"/>).</summary>
    public double[] PhraseIdf { get; }

    /// <summary>Per phrase, how many distinct terms it holds.</summary>
    public int[] PhraseTerms { get; }

    public int PhraseCount => Sequences.Length;

    /// <summary>Where a term (by position) stands: each (phrase, position in its sequence), in phrase order.</summary>
    public ReadOnlySpan<(int Phrase, int At)> Places(int term) => _places.AsSpan(_placeStart[term], _placeStart[term + 1] - _placeStart[term]);

    /// <summary>The signature's distinct terms (corpus-wide numbers), kept once asked for: rivals are compared by them.</summary>
    public int[] SignatureTerms => field ??= Phrase(0);

    /// <summary>A phrase's distinct terms as corpus-wide term numbers, in text order.</summary>
    public int[] Phrase(int phrase) => [.. Sequences[phrase].Distinct().Select(local => Terms[local])];

    /// <summary>
    /// Lays out an entry from its phrases' terms in text order (corpus-wide numbers). Its terms are
    /// kept in ascending order, so a term's position is found by binary search.
    /// </summary>
    public static EntryTerms Of(int[][] ordered)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var all = new int[ordered.Sum(p => p.Length)];
        var filled = 0;
        foreach (var phrase in ordered)
        {
            phrase.CopyTo(all, filled);
            filled += phrase.Length;
        }
        Array.Sort(all);
        var distinct = all.Length == 0 ? 0 : 1;
        for (var i = 1; i < all.Length; i++)
        {
            if (all[i] != all[distinct - 1])
            {
                all[distinct++] = all[i];
            }
        }
        var terms = all[..distinct];
        var sequences = new int[ordered.Length][];
        for (var p = 0; p < ordered.Length; p++)
        {
            sequences[p] = [.. ordered[p].Select(term => Array.BinarySearch(terms, term))];
        }
        return new EntryTerms(terms, sequences);
    }

    /// <summary>Sums each phrase's distinct terms' idf once the corpus' idf is known (in text order, as the terms first occur).</summary>
    public void SumPhraseIdf(double[] idf)
    {
        ArgumentNullException.ThrowIfNull(idf);
        var seen = new bool[Terms.Length];
        for (var p = 0; p < Sequences.Length; p++)
        {
            Array.Clear(seen);
            var sum = 0.0;
            foreach (var local in Sequences[p])
            {
                if (!seen[local])
                {
                    seen[local] = true;
                    sum += idf[Terms[local]];
                }
            }
            PhraseIdf[p] = sum;
        }
    }

    /// <summary>
    /// Each of the entry's terms' weight in a text, into <paramref name="weight"/> (one slot per term):
    /// from the text's terms when it has fewer (each one's position found by binary search), else from
    /// the entry's (one read of the text's weight array each).
    /// </summary>
    public void WeighIn(QueryTerms query, TermWeights weights, Span<double> weight)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(weights);
        weight.Clear();
        if (query.Terms.Count < Terms.Length)
        {
            foreach (var (term, inText) in query.Weighted)
            {
                if (PositionOf(term) is var at and >= 0)
                {
                    weight[at] = inText;
                }
            }
            return;
        }
        for (var i = 0; i < Terms.Length; i++)
        {
            weight[i] = weights[Terms[i]];
        }
    }

    /// <summary>The position of a corpus-wide term among the entry's terms, or a negative number.</summary>
    public int PositionOf(int term) => Array.BinarySearch(Terms, term);
}
