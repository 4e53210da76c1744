using System.Diagnostics;
using Signpost.Canons;
using Signpost.Matching;

namespace Signpost.Benchmarks;

/// <summary>
/// The ratio of one-line lookup medians between a large corpus and a small one, both measured in
/// one process and in alternating blocks, so that both halves of each ratio share the machine's
/// phase (on a shared machine the speed of memory drifts by 1.5-2x within minutes, more than
/// between runs minutes apart). Each block gives each matcher an untimed pass over the queries, so
/// that it starts from its own data in the cache and not the other's, then five timed passes.
/// Both are asked the same questions: the speed runner's one-line queries of the small corpus.
/// </summary>
internal static class RatioRunner
{
    private const int TimedPasses = 5;

    public static int Run(string[] args)
    {
        var blocks = 10;
        if (args.Length < 2 || (args.Length > 2 && (!int.TryParse(args[2], out blocks) || blocks < 1)))
        {
            Console.Error.WriteLine("usage: Signpost.Benchmarks ratio SMALL_CORPUS_DIR LARGE_CORPUS_DIR [BLOCKS]   (BLOCKS: a whole number, 1 or more; 10 by default)");
            return 2;
        }
        var smallCorpus = CorpusLoader.LoadDirectories([args[0]]).ToCorpus();
        var small = Matcher.Build(smallCorpus);
        var large = Matcher.Build(CorpusLoader.LoadDirectories([args[1]]).ToCorpus());
        Console.WriteLine($"entries: {small.EntryCount} and {large.EntryCount}");
        var queries = SpeedRunner.OneLineQueries(smallCorpus).Distinct().ToList();
        var clock = Stopwatch.StartNew();
        for (var w = 0; clock.Elapsed < TimeSpan.FromSeconds(4); w++)
        {
            (w % 2 == 0 ? small : large).Match(queries[w % queries.Count]);
        }
        var ratios = new List<double>();
        for (var block = 0; block < blocks; block++)
        {
            // Alternate which goes first, so that neither always follows the other.
            var (first, second) = block % 2 == 0 ? (small, large) : (large, small);
            var a = PooledMedian(first, queries);
            var b = PooledMedian(second, queries);
            var (s, l) = block % 2 == 0 ? (a, b) : (b, a);
            ratios.Add(l / s);
            Console.WriteLine($"block {block + 1}: small {s:F1} us, large {l:F1} us, ratio {l / s:F2}");
        }
        ratios.Sort();
        Console.WriteLine($"median ratio {ratios[ratios.Count / 2]:F2}; {ratios.Count(r => r < 2)} of {ratios.Count} blocks under 2; range {ratios[0]:F2}-{ratios[^1]:F2}");
        return 0;
    }

    private static double PooledMedian(Matcher matcher, List<string> queries)
    {
        foreach (var query in queries)
        {
            matcher.Match(query);
        }
        var times = new List<double>(queries.Count * TimedPasses);
        for (var pass = 0; pass < TimedPasses; pass++)
        {
            foreach (var query in queries)
            {
                var start = Stopwatch.GetTimestamp();
                matcher.Match(query);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }
        times.Sort();
        return times[times.Count / 2];
    }
}
