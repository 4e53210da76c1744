using System.Runtime.InteropServices;

namespace Signpost.Matching;

/// <summary>
/// One entry's words laid out for measuring it against a text: its distinct terms once, and its
/// phrases (the signature, then each example) as positions in that list. Measuring a candidate
/// reads each of its terms' weight in the text once, and then visits only the phrases and places
/// of the terms the text holds. Everything sits in one array: at 100,000 entries a lookup's
/// candidates are cold, and each separate array would be one more wait on memory.
/// </summary>
internal sealed class EntryTerms
{
    // The layout of _data: the phrases' idf sums (two ints per double, first so that they are
    // aligned), the terms, where each term's places start, the places (phrase, position), each
    // phrase's distinct term count, where each phrase's sequence starts, and the sequences.
    private readonly int[] _data;
    private readonly int _termCount;
    private readonly int _placeStartAt;
    private readonly int _placesAt;
    private readonly int _phraseTermsAt;
    private readonly int _sequenceStartAt;

    private EntryTerms(int[] terms, int[][] sequences)
    {
        (_termCount, PhraseCount) = (terms.Length, sequences.Length);
        var placeCount = sequences.Sum(s => s.Length);
        _placeStartAt = (2 * PhraseCount) + _termCount;
        _placesAt = _placeStartAt + _termCount + 1;
        _phraseTermsAt = _placesAt + (2 * placeCount);
        _sequenceStartAt = _phraseTermsAt + PhraseCount;
        _data = new int[_sequenceStartAt + PhraseCount + 1 + placeCount];
        terms.CopyTo(_data, 2 * PhraseCount);
        var sequenceAt = _sequenceStartAt + PhraseCount + 1;
        for (var p = 0; p < sequences.Length; p++)
        {
            _data[_sequenceStartAt + p] = sequenceAt;
            sequences[p].CopyTo(_data, sequenceAt);
            sequenceAt += sequences[p].Length;
        }
        _data[_sequenceStartAt + PhraseCount] = sequenceAt;
        LayPlaces(sequences);
    }

    /// <summary>Counts each term's places, then fills them in phrase order, counting each phrase's distinct terms on the way.</summary>
    private void LayPlaces(int[][] sequences)
    {
        var start = _data.AsSpan(_placeStartAt, _termCount + 1);
        foreach (var sequence in sequences)
        {
            foreach (var local in sequence)
            {
                start[local + 1]++;
            }
        }
        for (var t = 0; t < _termCount; t++)
        {
            start[t + 1] += start[t];
        }
        var fill = start[..^1].ToArray();
        var places = MemoryMarshal.Cast<int, PhrasePlace>(_data.AsSpan(_placesAt, _phraseTermsAt - _placesAt));
        for (var p = 0; p < sequences.Length; p++)
        {
            for (var at = 0; at < sequences[p].Length; at++)
            {
                var local = sequences[p][at];
                var place = fill[local]++;
                places[place] = new PhrasePlace(p, at);
                // A term's places fill in phrase order: its first place in this phrase adds a distinct term to it.
                if (place == start[local] || places[place - 1].Phrase != p)
                {
                    _data[_phraseTermsAt + p]++;
                }
            }
        }
    }

    /// <summary>Reads the first and last words of the entry's data (see <see cref="Matching.ReadAhead"/>).</summary>
    public int ReadAhead() => _data[0] + _data[^1];

    /// <summary>The entry's distinct terms (corpus-wide term numbers), ascending.</summary>
    public ReadOnlySpan<int> Terms => _data.AsSpan(2 * PhraseCount, _termCount);

    public int PhraseCount { get; }

    /// <summary>A phrase's terms in text order, as positions in <see cref="Terms"/>.</summary>
    public ReadOnlySpan<int> Sequence(int phrase) =>
        _data.AsSpan(_data[_sequenceStartAt + phrase], _data[_sequenceStartAt + phrase + 1] - _data[_sequenceStartAt + phrase]);

    /// <summary>Per phrase, the sum of its distinct terms' idf: what full coverage of it weighs (set by <see cref="SumPhraseIdf"/>).</summary>
    public ReadOnlySpan<double> PhraseIdf => IdfSlots;

    private Span<double> IdfSlots => MemoryMarshal.Cast<int, double>(_data.AsSpan(0, 2 * PhraseCount));

    /// <summary>Per phrase, how many distinct terms it holds.</summary>
    public ReadOnlySpan<int> PhraseTerms => _data.AsSpan(_phraseTermsAt, PhraseCount);

    /// <summary>Where a term (by position) stands: each (phrase, position in its sequence), in phrase order.</summary>
    public ReadOnlySpan<PhrasePlace> Places(int term)
    {
        var (from, to) = (_data[_placeStartAt + term], _data[_placeStartAt + term + 1]);
        return MemoryMarshal.Cast<int, PhrasePlace>(_data.AsSpan(_placesAt + (2 * from), 2 * (to - from)));
    }

    /// <summary>The signature's distinct terms (corpus-wide numbers), kept once asked for: rivals are compared by them.</summary>
    public int[] SignatureTerms => field ??= Phrase(0);

    /// <summary>A phrase's distinct terms as corpus-wide term numbers, in text order.</summary>
    public int[] Phrase(int phrase)
    {
        var terms = Terms;
        var (seen, distinct) = (new HashSet<int>(), new List<int>());
        foreach (var local in Sequence(phrase))
        {
            if (seen.Add(local))
            {
                distinct.Add(terms[local]);
            }
        }
        return [.. distinct];
    }

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
        var seen = new bool[_termCount];
        var terms = Terms;
        for (var p = 0; p < PhraseCount; p++)
        {
            Array.Clear(seen);
            var sum = 0.0;
            foreach (var local in Sequence(p))
            {
                if (!seen[local])
                {
                    seen[local] = true;
                    sum += idf[terms[local]];
                }
            }
            IdfSlots[p] = sum;
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
        var terms = Terms;
        if (query.Terms.Count < terms.Length)
        {
            foreach (var (term, inText) in query.Weighted)
            {
                if (terms.BinarySearch(term) is var at and >= 0)
                {
                    weight[at] = inText;
                }
            }
            return;
        }
        for (var i = 0; i < terms.Length; i++)
        {
            weight[i] = weights[terms[i]];
        }
    }

    /// <summary>The position of a corpus-wide term among the entry's terms, or a negative number.</summary>
    public int PositionOf(int term) => Terms.BinarySearch(term);
}
