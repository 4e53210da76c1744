namespace Signpost.Matching;

/// <summary>
/// How many of a phrase's adjacent word pairs stand side by side in the text, as a share of its
/// pairs, best over an entry's phrases. Pairs inside a shared exception class's name are left out
/// of the share, as in <see cref="PhraseCoverage"/>. Only the places of the terms the text holds are
/// visited (<see cref="EntryTerms.Places"/>): a pair can stand in the text only when both its terms do.
/// </summary>
internal static class PhrasePairs
{
    private const int StackPhrases = 64;

    /// <summary>The best share of pairs found and the most pairs found, over the entry's phrases.</summary>
    public static (double Share, int Pairs) Best(EntryTerms entry, QueryTerms query, ReadOnlySpan<double> weight, bool[]? counted)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(query);
        var count = entry.PhraseCount;
        var terms = entry.Terms;
        var found = count <= StackPhrases ? stackalloc int[count] : new int[count];
        var keptFound = count <= StackPhrases ? stackalloc int[count] : new int[count];
        var bothCounted = count <= StackPhrases ? stackalloc int[count] : new int[count];
        found.Clear();
        keptFound.Clear();
        bothCounted.Clear();
        for (var term = 0; term < weight.Length; term++)
        {
            if (weight[term] == 0)
            {
                continue;
            }
            foreach (var (p, at) in entry.Places(term))
            {
                // The pair that ends at this place.
                var before = at == 0 ? -1 : entry.Sequence(p)[at - 1];
                if (before < 0 || weight[before] == 0)
                {
                    continue;
                }
                var inClass = counted is not null && counted[before] && counted[term];
                if (inClass)
                {
                    bothCounted[p]++;
                }
                if (query.HasBigram(terms[before], terms[term]))
                {
                    found[p]++;
                    keptFound[p] += inClass ? 0 : 1;
                }
            }
        }
        var (share, pairs) = (0.0, 0);
        for (var p = 0; p < count; p++)
        {
            var sequence = entry.Sequence(p);
            var length = sequence.Length;
            if (length < 2)
            {
                share = Math.Max(share, length == 1 && weight[sequence[0]] > 0 ? 1 : 0);
                continue;
            }
            var kept = length - 1 - bothCounted[p];
            share = Math.Max(share, kept == 0 ? (double)found[p] / (length - 1) : (double)keptFound[p] / kept);
            pairs = Math.Max(pairs, found[p]);
        }
        return (share, pairs);
    }
}
