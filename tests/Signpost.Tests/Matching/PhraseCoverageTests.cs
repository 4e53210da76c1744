using Signpost.Matching;

namespace Signpost.Tests.Matching;

/// <summary>
/// The measure visits only the terms a text holds (phrase masks, term places); these tests hold it
/// against the definition, computed the plain way from every term of every phrase, for each entry
/// of the scenario corpus and each lookup text of the cases.
/// </summary>
public sealed class PhraseCoverageTests
{
    private static readonly MatchIndex Index = MatchIndex.Build(ScenarioCorpus.Corpus);

    public static TheoryData<string> Lookups() => [.. ScenarioLookup.All.Select(l => l.Name)];

    [Theory]
    [MemberData(nameof(Lookups))]
    public void Coverage_and_pair_share_agree_with_the_plain_definition(string name)
    {
        var text = ScenarioLookup.All.Single(l => l.Name == name).Query;
        var query = QueryTerms.From(LogView.Of(text), Index.Tokens);
        var weights = TermWeights.Of(query, Index.Tokens.TermCount);
        try
        {
            foreach (var entry in Index.Tokens.Entries)
            {
                var weight = entry.Terms.ToArray().Select(t => weights[t]).ToArray();

                var (coverage, phrase, found) = PhraseCoverage.Best(entry, Index.Tokens.Idf, weight, counted: null);
                var (share, pairs) = PhrasePairs.Best(entry, query, weight, counted: null);

                var expected = PlainCoverage(entry, weight);
                Assert.Equal(expected.Coverage, coverage, 9);
                Assert.Equal(expected.Found, found, 9);
                Assert.Equal(expected.Phrase, phrase);
                Assert.Equal(PlainPairs(entry, query, weight), (share, pairs));
            }
        }
        finally
        {
            weights.Clear();
        }
    }

    private static (double Coverage, int Phrase, double Found) PlainCoverage(EntryTerms entry, double[] weight)
    {
        var (best, at, found) = (-1.0, -1, 0.0);
        for (var p = 0; p < entry.PhraseCount; p++)
        {
            var terms = entry.Sequence(p).ToArray().Distinct().ToList();
            var total = terms.Sum(t => Index.Tokens.Idf[entry.Terms[t]]);
            var inText = terms.Sum(t => Index.Tokens.Idf[entry.Terms[t]] * weight[t]);
            var coverage = total == 0 ? 0 : inText / total;
            if (coverage > best + 1e-12)
            {
                (best, at, found) = (coverage, p, inText);
            }
        }
        return (best, at, found);
    }

    private static (double Share, int Pairs) PlainPairs(EntryTerms entry, QueryTerms query, double[] weight)
    {
        var (share, pairs) = (0.0, 0);
        foreach (var sequence in Enumerable.Range(0, entry.PhraseCount).Select(p => entry.Sequence(p).ToArray()))
        {
            if (sequence.Length < 2)
            {
                share = Math.Max(share, sequence.Length == 1 && weight[sequence[0]] > 0 ? 1 : 0);
                continue;
            }
            var found = Enumerable.Range(1, sequence.Length - 1).Count(i =>
                weight[sequence[i - 1]] > 0 && weight[sequence[i]] > 0 && query.HasBigram(entry.Terms[sequence[i - 1]], entry.Terms[sequence[i]]));
            share = Math.Max(share, (double)found / (sequence.Length - 1));
            pairs = Math.Max(pairs, found);
        }
        return (share, pairs);
    }
}
