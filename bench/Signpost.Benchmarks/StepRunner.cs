using System.Diagnostics;
using Signpost.Matching;

namespace Signpost.Benchmarks;

/// <summary>
/// Times each step of a lookup over the speed runner's one-line queries in rotation (median
/// microseconds per query), so that each step pays the cache misses it pays in real use; the
/// phases runner repeats one input, which keeps everything in cache.
/// </summary>
internal static class StepRunner
{
    public static int Run(string[] args)
    {
        var corpus = RunnerArgs.Parse(args).LoadCorpus();
        var index = MatchIndex.Build(corpus);
        var matcher = Matcher.Build(corpus);
        var queries = SpeedRunner.OneLineQueries(corpus);
        var logs = queries.Select(LogView.Of).ToList();
        var terms = logs.Select(l => QueryTerms.From(l, index.Tokens)).ToList();
        var codes = logs.Select(l => ErrorCodes.Find(l.Focused)).ToList();
        Time("normalize", queries.Count, i => LogView.Of(queries[i]));
        Time("terms", queries.Count, i => QueryTerms.From(logs[i], index.Tokens));
        Time("codes", queries.Count, i => ErrorCodes.Find(logs[i].Focused));
        Time("places", queries.Count, i => index.Patterns.PlacesCount(logs[i]));
        Time("patterns", queries.Count, i => index.Patterns.Find(logs[i]));
        Time("bm25", queries.Count, i =>
        {
            var scores = index.Tokens.Score(terms[i].Terms);
            var count = scores.Count;
            scores.Clear();
            return count;
        });
        var traces = logs.Select(l => index.Patterns.Trace(l).ToList()).ToList();
        Console.WriteLine($"patterns per query: woken {traces.Average(t => t.Count):F1}, may match {traces.Average(t => t.Count(p => p.MayMatch > 0)):F1}, matched {logs.Average(l => index.Patterns.Find(l).Select(h => h.Pattern).Distinct().Count()):F1}");
        var found = logs.Select((l, i) => CandidateFinder.Find(index, l, terms[i], codes[i])).ToList();
        Console.WriteLine($"candidates per query: mean {found.Average(f => f.Count):F1}");
        Time("measure", queries.Count, i =>
        {
            var weights = TermWeights.Of(terms[i], index.Tokens.TermCount);
            foreach (var candidate in found[i])
            {
                CandidateMeasure.Measure(index, terms[i], weights, codes[i], candidate);
            }
            weights.Clear();
            return weights;
        });
        Time("measure hot", queries.Count, i =>
        {
            var weights = TermWeights.Of(terms[7], index.Tokens.TermCount);
            foreach (var candidate in found[7])
            {
                CandidateMeasure.Measure(index, terms[7], weights, codes[7], candidate);
            }
            weights.Clear();
            return weights;
        });
        Time("candidates", queries.Count, i => CandidateFinder.Find(index, logs[i], terms[i], codes[i]));
        Time("rank", queries.Count, i => matcher.Rank(logs[i], LookupOptions.Default).Ranked);
        Time("match", queries.Count, i => matcher.Match(queries[i]));
        return 0;
    }

    private static void Time(string name, int count, Func<int, object> step)
    {
        var clock = Stopwatch.StartNew();
        for (var w = 0; clock.Elapsed < TimeSpan.FromSeconds(2); w++)
        {
            step(w % count);
        }
        var runs = new double[count * 10];
        for (var r = 0; r < runs.Length; r++)
        {
            var start = Stopwatch.GetTimestamp();
            step(r % count);
            runs[r] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        Array.Sort(runs);
        Console.WriteLine($"{name,-12} median {runs[runs.Length / 2],8:F1} us  p90 {runs[runs.Length * 9 / 10],8:F1} us");
    }
}
