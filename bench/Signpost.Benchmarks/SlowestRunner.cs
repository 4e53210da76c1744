using System.Diagnostics;
using Signpost.Matching;

namespace Signpost.Benchmarks;

/// <summary>The speed runner's one-line queries that take longest (median of 20 runs each): where to look first.</summary>
internal static class SlowestRunner
{
    public static int Run(string[] args)
    {
        var corpus = RunnerArgs.Parse(args).LoadCorpus();
        var matcher = Matcher.Build(corpus);
        var queries = SpeedRunner.OneLineQueries(corpus).Append(SpeedSamples.Log200).Distinct().ToList();
        var timed = new List<(double Us, string Query)>();
        foreach (var query in queries)
        {
            matcher.Match(query);
            var runs = new double[20];
            for (var i = 0; i < runs.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                matcher.Match(query);
                runs[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
            Array.Sort(runs);
            timed.Add((runs[10], query));
        }
        foreach (var (us, query) in timed.OrderByDescending(t => t.Us).Take(12))
        {
            var line = query.ReplaceLineEndings(" ");
            Console.WriteLine($"{us,9:F1} us  {(line.Length > 120 ? line[..120] : line)}");
        }
        return 0;
    }
}
