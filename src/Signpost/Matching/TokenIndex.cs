using Signpost.Canons;

namespace Signpost.Matching;

/// <summary>
/// A BM25 index over each entry's signature, examples and the words of its patterns, and for
/// each entry the terms of its signature and examples ("phrases"), against which coverage is measured.
/// Frequent terms are skipped when gathering candidates so a lookup costs what the text holds, not the corpus size.
/// </summary>
internal sealed class TokenIndex
{
    private const double K1 = 1.2;
    private const double B = 0.5;
    private const double SignatureWeight = 2.0;

    /// <summary>Corpora this large weigh their entries' phrases on several threads.</summary>
    private const int ParallelFrom = 1000;

    /// <summary>
    /// Most postings read for one term of a lookup: a term held by more entries adds only its
    /// strongest ones, so a lookup's cost stays flat as the corpus grows.
    /// </summary>
    private const int PostingsRead = 256;

    private readonly Dictionary<string, int> _terms;
    private readonly string[] _names;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _termsBySpan;
    private readonly int[] _postingStart;
    private readonly int[] _postingEntry;
    private readonly float[] _postingWeight;

    private TokenIndex(Dictionary<string, int> terms, double[] idf, int[] postingStart, int[] postingEntry, float[] postingWeight, EntryTerms[] entries, int count)
    {
        _names = new string[terms.Count];
        foreach (var (name, id) in terms)
        {
            _names[id] = name;
        }
        _termsBySpan = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        (_terms, Idf, _postingStart, _postingEntry, _postingWeight, EntryCount) = (terms, idf, postingStart, postingEntry, postingWeight, count);
        MaxPostings = Math.Max(64, count / 8);
        Entries = entries;
        if (entries.Length < ParallelFrom)
        {
            foreach (var entry in entries)
            {
                entry.SumPhraseIdf(idf);
            }
        }
        else
        {
            Parallel.ForEach(entries, entry => entry.SumPhraseIdf(idf));
        }
    }

    public double[] Idf { get; }

    /// <summary>Per entry, the terms of its signature and of each example ("phrases"), laid out for measuring.</summary>
    public EntryTerms[] Entries { get; }

    public int TermCount => Idf.Length;

    public int EntryCount { get; }

    /// <summary>Terms found in more entries than this say little and are left out of candidate gathering.</summary>
    public int MaxPostings { get; }

    public string Name(int term) => _names[term];

    public int Term(string token) => _terms.GetValueOrDefault(token, -1);

    public int Term(ReadOnlySpan<char> token) => _termsBySpan.TryGetValue(token, out var id) ? id : -1;

    public int DocumentFrequency(int term) => _postingStart[term + 1] - _postingStart[term];

    public static TokenIndex Build(IReadOnlyList<Canon> canons)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var docs = new List<KeyValuePair<int, double>[]>(canons.Count);
        // Scratch reused from entry to entry: the build allocates per entry only what it keeps.
        var tf = new Dictionary<int, double>();
        var ids = new List<int>();
        var entries = new EntryTerms[canons.Count];
        var lengths = new double[canons.Count];
        for (var e = 0; e < canons.Count; e++)
        {
            var canon = canons[e];
            tf.Clear();
            var texts = new List<string> { canon.Signature };
            texts.AddRange(canon.Examples.Select(x => x.Text));
            var length = 0.0;
            var ordered = new int[texts.Count][];
            for (var i = 0; i < texts.Count; i++)
            {
                Add(terms, tf, ids, texts[i], SignatureWeight, ref length);
                ordered[i] = [.. ids];
            }
            foreach (var pattern in canon.Patterns)
            {
                Add(terms, tf, ids, PatternWords.Plain(pattern), 1.0, ref length);
            }
            // Laid out at once, so the corpus-wide sequences are garbage before the next entry.
            entries[e] = EntryTerms.Of(ordered);
            lengths[e] = length;
            docs.Add([.. tf]);
        }
        return Invert(terms, docs, lengths, entries);
    }

    /// <summary>Adds a text's tokens to the entry's term frequencies; <paramref name="ids"/> receives its terms in order.</summary>
    private static void Add(Dictionary<string, int> terms, Dictionary<int, double> tf, List<int> ids, string text, double weight, ref double length)
    {
        ids.Clear();
        // Tokens come as spans: a string is made only for a term the index has not seen yet.
        var state = (Terms: terms, Known: terms.GetAlternateLookup<ReadOnlySpan<char>>(), Tf: tf, Weight: weight, Ids: ids);
        Tokenizer.Each(text, ref state, static (ref s, token) =>
        {
            if (!s.Known.TryGetValue(token, out var id))
            {
                id = s.Terms[token.ToString()] = s.Terms.Count;
            }
            s.Tf[id] = s.Tf.GetValueOrDefault(id) + s.Weight;
            s.Ids.Add(id);
        });
        length += weight * ids.Count;
    }

    private static TokenIndex Invert(Dictionary<string, int> terms, List<KeyValuePair<int, double>[]> docs, double[] lengths, EntryTerms[] entries)
    {
        var df = new int[terms.Count];
        foreach (var doc in docs)
        {
            foreach (var (term, _) in doc)
            {
                df[term]++;
            }
        }
        var start = new int[terms.Count + 1];
        for (var t = 0; t < terms.Count; t++)
        {
            start[t + 1] = start[t] + df[t];
        }
        var n = docs.Count;
        var idf = df.Select(d => Math.Log(1 + ((n - d + 0.5) / (d + 0.5)))).ToArray();
        var average = n == 0 ? 1 : Math.Max(1, lengths.Average());
        var entry = new int[start[^1]];
        var weight = new float[start[^1]];
        var fill = (int[])start.Clone();
        for (var e = 0; e < n; e++)
        {
            var norm = K1 * (1 - B + (B * lengths[e] / average));
            foreach (var (term, tf) in docs[e])
            {
                var at = fill[term]++;
                entry[at] = e;
                weight[at] = (float)(idf[term] * tf * (K1 + 1) / (tf + norm));
            }
        }
        for (var t = 0; t < terms.Count; t++)
        {
            // Each term's postings by weight, so a lookup can read a common term's strongest ones only.
            Array.Sort(weight, entry, start[t], start[t + 1] - start[t]);
        }
        return new TokenIndex(terms, idf, start, entry, weight, entries, n);
    }

    /// <summary>Adds each query term's BM25 contribution to the entries that hold it, in a table made for as many entries as it may reach.</summary>
    public EntryScores Score(IReadOnlyDictionary<int, (double Weight, int Line)> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reached = 0;
        foreach (var term in query.Keys)
        {
            reached += DocumentFrequency(term) > MaxPostings ? 0 : Math.Min(PostingsRead, DocumentFrequency(term));
        }
        // Never more entries than the corpus holds, however many terms a huge text names.
        var scores = EntryScores.ForThread(Math.Min(reached, EntryCount));
        foreach (var (term, (q, _)) in query)
        {
            if (DocumentFrequency(term) > MaxPostings)
            {
                continue;
            }
            // Strongest postings first (they are sorted by weight, weakest first), at most PostingsRead of them.
            var first = Math.Max(_postingStart[term], _postingStart[term + 1] - PostingsRead);
            for (var p = _postingStart[term + 1] - 1; p >= first; p--)
            {
                scores.Add(_postingEntry[p], (float)(q * _postingWeight[p]));
            }
        }
        return scores;
    }
}
