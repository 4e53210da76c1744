using System.Diagnostics;
using Signpost.Matching;

namespace Signpost.Benchmarks;

/// <summary>Times each step of a lookup separately (median microseconds), to see where a lookup spends its time.</summary>
internal static class PhaseRunner
{
    public static int Run(string[] args)
    {
        var options = RunnerArgs.Parse(args);
        var corpus = options.LoadCorpus();
        var index = MatchIndex.Build(corpus);
        var matcher = Matcher.Build(corpus);
        var inputs = new Dictionary<string, string>
        {
            ["one-line"] = SpeedRunner.SampleSignature(corpus),
            ["200-line"] = options.Log is null ? SpeedSamples.Log200 : File.ReadAllText(options.Log),
        };
        Console.WriteLine($"indexed patterns {index.Patterns.PatternCount}");
        foreach (var (name, text) in inputs)
        {
            var log = LogView.Of(text);
            var query = QueryTerms.From(log, index.Tokens);
            var codes = ErrorCodes.Find(log.Joined);
            Console.WriteLine($"{name}: {index.Patterns.Find(log).Count} pattern hits, {CandidateFinder.Find(index, log, query, codes).Count} candidates, {query.Terms.Count} known terms, {index.Patterns.Trace(log).Count()} patterns tried");
            Time("  normalize", () => LogView.Of(text));
            var sample = text.Split('\n')[0];
            Time("  strip1", () => LogNormalizer.StripPrefixes(sample));
            Time("  classify1", () => LogNormalizer.Classify(sample));
            Time("  mask1", () => VolatileMasker.Mask(sample));
            Time("  terms", () => QueryTerms.From(log, index.Tokens));
            Time("  codes", () => ErrorCodes.Find(log.Joined));
            Time("  versions", () => VersionMentions.Find(log, LookupOptions.Default.Env));
            Time("  patterns", () => index.Patterns.Find(log));
            Time("  candidates", () => CandidateFinder.Find(index, log, query, codes));
            Time("  match", () => matcher.Match(text));
        }
        return 0;
    }

    private static void Time(string name, Func<object> step)
    {
        for (var i = 0; i < 50; i++)
        {
            step();
        }
        var (wall, cpu) = Measure.Medians(step, 400);
        var before = GC.GetAllocatedBytesForCurrentThread();
        step();
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0;
        Console.WriteLine($"{name,-14} {wall,9:F1} us wall {cpu,9:F1} us thread cpu (medians) {allocated,8:F1} KiB allocated");
    }
}
