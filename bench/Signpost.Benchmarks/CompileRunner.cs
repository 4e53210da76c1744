using System.Diagnostics;
using Signpost.Canons;

namespace Signpost.Benchmarks;

/// <summary>How long each of the corpus' patterns takes to compile for lookups: the total and the slowest ones.</summary>
internal static class CompileRunner
{
    public static int Run(string[] args)
    {
        var corpus = RunnerArgs.Parse(args).LoadCorpus();
        var times = new List<(double Ms, string Pattern)>();
        foreach (var pattern in corpus.All.SelectMany(c => c.Patterns).Distinct(StringComparer.Ordinal))
        {
            var clock = Stopwatch.StartNew();
            var regex = PatternCompiler.TryCompile(pattern).Regex;
            regex?.IsMatch("warm the matcher up: error 42");
            times.Add((clock.Elapsed.TotalMilliseconds, pattern));
        }
        times.Sort((a, b) => b.Ms.CompareTo(a.Ms));
        Console.WriteLine($"{times.Count} patterns, {times.Sum(t => t.Ms) / 1000:F2} s in all, median {times[times.Count / 2].Ms:F2} ms");
        foreach (var (ms, pattern) in times.Take(25))
        {
            Console.WriteLine($"{ms,9:F1} ms  {(pattern.Length > 110 ? pattern[..110] : pattern)}");
        }
        return 0;
    }
}
