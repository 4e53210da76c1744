using Signpost.Matching;

namespace Signpost.Benchmarks;

/// <summary>
/// Uses each entry's own signature as the query and counts how often that entry, or a sibling
/// with the same domain/slug, ranks first. Prints the misses and the share.
/// </summary>
internal static class SelfRetrievalRunner
{
    public static int Run(string[] args)
    {
        var corpus = RunnerArgs.Parse(args).LoadCorpus();
        var matcher = Matcher.Build(corpus);
        var hits = 0;
        foreach (var canon in corpus.All)
        {
            var top = matcher.Match(canon.Signature).Matches.FirstOrDefault();
            if (top is not null && Family(top.Id) == Family(canon.Id))
            {
                hits++;
            }
            else
            {
                Console.WriteLine($"miss {canon.Id} -> {top?.Id ?? "(abstained)"}");
            }
        }
        Console.WriteLine($"self-retrieval {hits}/{corpus.Count} = {(double)hits / corpus.Count:P2}");
        return 0;
    }

    private static string Family(string id) => string.Join('/', id.Split('/').Take(2));
}
