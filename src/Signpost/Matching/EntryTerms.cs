namespace Signpost.Matching;

/// <summary>
/// One entry's words laid out for measuring it against a text: its distinct terms once, with
/// their idf beside them, and its phrases (the signature, then each example) as positions in
/// that list. Measuring a candidate then reads each of its terms' query weight once, and the
/// phrases from arrays that sit together, instead of looking every term of every phrase up in
/// corpus-wide arrays.
/// </summary>
internal sealed class EntryTerms
{
    private EntryTerms(int[] terms, double[] idf, int[][] phrases, int[][] sequences)
    {
        (Terms, Idf, Phrases, Sequences) = (terms, idf, phrases, sequences);
        PhraseIdf = [.. phrases.Select(phrase => phrase.Sum(local => idf[local]))];
        var places = terms.Select(_ => new List<(int, int)>()).ToArray();
        for (var p = 0; p < sequences.Length; p++)
        {
            for (var at = 0; at < sequences[p].Length; at++)
            {
                places[sequences[p][at]].Add((p, at));
            }
        }
        Places = [.. places.Select(list => list.ToArray())];
        if (phrases.Length <= 64)
        {
            _masks = new ulong[terms.Length];
            for (var p = 0; p < phrases.Length; p++)
            {
                foreach (var local in phrases[p])
                {
                    _masks[local] |= 1UL << p;
                }
            }
        }
    }

    /// <summary>Per term, a bit for each phrase that holds it (entries of at most 64 phrases).</summary>
    private readonly ulong[]? _masks;

    /// <summary>The phrases (by number) that hold a term (by position).</summary>
    public PhraseSet PhrasesHolding(int term) => _masks is null ? new PhraseSet(this, term) : new PhraseSet(_masks[term]);

    /// <summary>The entry's distinct terms (corpus-wide term numbers).</summary>
    public int[] Terms { get; }

    /// <summary>The idf of each of <see cref="Terms"/>.</summary>
    public double[] Idf { get; }

    /// <summary>Per phrase, its distinct terms as positions in <see cref="Terms"/>.</summary>
    public int[][] Phrases { get; }

    /// <summary>Per phrase, the sum of its terms' idf: what full coverage of it weighs.</summary>
    public double[] PhraseIdf { get; }

    /// <summary>Per phrase, its terms in text order as positions in <see cref="Terms"/>, for adjacent pairs.</summary>
    public int[][] Sequences { get; }

    /// <summary>Per term, where it stands: each (phrase, position in its sequence).</summary>
    public (int Phrase, int At)[][] Places { get; }

    /// <summary>A phrase's terms as corpus-wide term numbers.</summary>
    public int[] Phrase(int phrase) => [.. Phrases[phrase].Select(local => Terms[local])];

    /// <summary>Lays out an entry from its phrases' terms in text order (corpus-wide numbers).</summary>
    public static EntryTerms Of(int[][] ordered, double[] idf)
    {
        var local = new Dictionary<int, int>();
        var sequences = new int[ordered.Length][];
        for (var p = 0; p < ordered.Length; p++)
        {
            sequences[p] = [.. ordered[p].Select(term => local.TryGetValue(term, out var at) ? at : local[term] = local.Count)];
        }
        var terms = new int[local.Count];
        foreach (var (term, at) in local)
        {
            terms[at] = term;
        }
        return new EntryTerms(terms, [.. terms.Select(t => idf[t])], [.. sequences.Select(s => s.Distinct().ToArray())], sequences);
    }
}
