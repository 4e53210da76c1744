using System.Diagnostics;
using Signpost.Matching;

namespace Signpost.Benchmarks;

/// <summary>
/// The speed runner's one-line queries one by one (median of 20 runs each, after a warm-up):
/// the spread of their times, the slowest, and those around the median, to see where to look.
/// </summary>
internal static class SlowestRunner
{
    private static readonly int[] Percentiles = [10, 25, 50, 75, 90];

    public static int Run(string[] args)
    {
        var corpus = RunnerArgs.Parse(args).LoadCorpus();
        var matcher = Matcher.Build(corpus);
        var queries = SpeedRunner.OneLineQueries(corpus).Distinct().ToList();
        var clock = Stopwatch.StartNew();
        for (var w = 0; clock.Elapsed < TimeSpan.FromSeconds(3); w++)
        {
            matcher.Match(queries[w % queries.Count]);
        }
        var timed = queries.Select(q => (Us: MedianOf(matcher, q), Query: q)).OrderByDescending(t => t.Us).ToList();
        var rotated = new double[queries.Count][];
        for (var q = 0; q < queries.Count; q++) { rotated[q] = new double[21]; }
        for (var r = 0; r < 21; r++)
        {
            for (var q = 0; q < queries.Count; q++)
            {
                var start = Stopwatch.GetTimestamp();
                matcher.Match(queries[q]);
                rotated[q][r] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        }
        var rot = rotated.Select(x => { Array.Sort(x); return x[10]; }).OrderByDescending(x => x).ToList();
        var pooled = rotated.SelectMany(x => x).Order().ToList();
        Console.WriteLine($"pooled median {pooled[pooled.Count / 2]:F1} us of {pooled.Count}");
        Console.WriteLine("rotated: " + string.Join("  ", Percentiles.Select(p => $"p{p} {rot[rot.Count * (100 - p) / 100]:F1} us")));
        Console.WriteLine(string.Join("  ", Percentiles.Select(p => $"p{p} {timed[timed.Count * (100 - p) / 100].Us:F1} us")));
        var index = MatchIndex.Build(corpus);
        var traces = queries.Select(q => index.Patterns.Trace(LogView.Of(q)).ToList()).ToList();
        Console.WriteLine($"patterns woken per query: mean {traces.Average(t => t.Count):F1}, of which may match {traces.Average(t => t.Count(p => p.MayMatch > 0)):F1}");
        Console.WriteLine("slowest:");
        Print(timed.Take(8));
        Console.WriteLine("around the median:");
        Print(timed.Skip((timed.Count / 2) - 4).Take(8));
        return 0;
    }

    private static double MedianOf(Matcher matcher, string query)
    {
        var runs = new double[21];
        for (var i = 0; i < runs.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            matcher.Match(query);
            runs[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        Array.Sort(runs);
        return runs[10];
    }

    private static void Print(IEnumerable<(double Us, string Query)> rows)
    {
        foreach (var (us, query) in rows)
        {
            var line = query.ReplaceLineEndings(" ");
            Console.WriteLine($"{us,9:F1} us  {(line.Length > 120 ? line[..120] : line)}");
        }
    }
}
