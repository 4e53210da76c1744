namespace Signpost.Matching;

/// <summary>
/// Which of an entry's phrases the text covers best: the idf-weighted share of the phrase's terms
/// the text holds. The words of an exception class both sides name are left out: the shared code
/// already counts them, and counting them again would let "SomeError: anything" cover half of
/// "SomeError: something else". Only the terms the text holds are visited, each adding its part to
/// every phrase that holds it.
/// </summary>
internal static class PhraseCoverage
{
    private const int StackPhrases = 64;

    /// <summary>
    /// The best coverage, its phrase and the weight found in it (less a shared class's, as covered). Terms are positions in the entry's term list, <paramref name="idf"/> the corpus' idf by term number,
    /// <paramref name="weight"/> their weights in the text, <paramref name="counted"/> those a shared class counts.
    /// </summary>
    public static (double Coverage, int Phrase, double Found) Best(EntryTerms entry, double[] idf, ReadOnlySpan<double> weight, bool[]? counted)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(idf);
        var count = entry.PhraseCount;
        var terms = entry.Terms;
        var phraseIdf = entry.PhraseIdf;
        var phraseTerms = entry.PhraseTerms;
        var found = count <= StackPhrases ? stackalloc double[count] : new double[count];
        var countedIdf = count <= StackPhrases ? stackalloc double[count] : new double[count];
        var countedFound = count <= StackPhrases ? stackalloc double[count] : new double[count];
        var countedTerms = count <= StackPhrases ? stackalloc int[count] : new int[count];
        found.Clear();
        countedIdf.Clear();
        countedFound.Clear();
        countedTerms.Clear();
        for (var term = 0; term < weight.Length; term++)
        {
            if (weight[term] == 0)
            {
                continue;
            }
            var termIdf = idf[terms[term]];
            var part = termIdf * weight[term];
            var isCounted = counted is not null && counted[term];
            // A term's places come in phrase order: it adds its part once to each phrase that holds it.
            var last = -1;
            foreach (var (p, _) in entry.Places(term))
            {
                if (p == last)
                {
                    continue;
                }
                last = p;
                found[p] += part;
                if (isCounted)
                {
                    countedIdf[p] += termIdf;
                    countedFound[p] += part;
                    countedTerms[p]++;
                }
            }
        }
        var (best, bestPhrase, bestFound) = (-1.0, -1, 0.0);
        for (var p = 0; p < count; p++)
        {
            var (total, inText) = (phraseIdf[p], found[p]);
            if (counted is not null && phraseTerms[p] > countedTerms[p])
            {
                // Otherwise the phrase is only the class name (or shares none): all of it is to be covered.
                (total, inText) = (total - countedIdf[p], inText - countedFound[p]);
            }
            var coverage = total == 0 ? 0 : inText / total;
            if (coverage > best)
            {
                (best, bestPhrase, bestFound) = (coverage, p, inText);
            }
        }
        return (best, bestPhrase, bestFound);
    }
}
