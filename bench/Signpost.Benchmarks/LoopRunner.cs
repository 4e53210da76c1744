using System.Diagnostics;

namespace Signpost.Benchmarks;

/// <summary>
/// Runs lookups in a loop for a given time, for a profiler to watch (`dotnet-trace collect -- ... loop`):
/// the speed runner's one-line queries, or its 200-line log with --log log.
/// </summary>
internal static class LoopRunner
{
    public static int Run(string[] args)
    {
        var kind = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "one-line";
        var options = RunnerArgs.Parse(kind == args.FirstOrDefault() ? args[1..] : args);
        var matcher = Signpost.Matching.Matcher.Build(options.LoadCorpus());
        var queries = kind != "log" ? SpeedRunner.OneLineQueries(options.LoadCorpus())
            : options.Log is null ? [SpeedSamples.Log200] : [File.ReadAllText(options.Log)];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var count = 0;
        while (clock.Elapsed.TotalSeconds < 10)
        {
            matcher.Match(queries[count++ % queries.Count]);
        }
        Console.WriteLine($"{count} lookups in {clock.Elapsed.TotalSeconds:F1} s: {clock.Elapsed.TotalMicroseconds / count:F1} us and {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / count:F1} KiB allocated each, {GC.CollectionCount(0) - collections} gen0 collections, {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms paused by them");
        return 0;
    }
}
