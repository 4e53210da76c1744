using System.Diagnostics;
using Signpost.Matching;

namespace Signpost.Benchmarks;

/// <summary>
/// Measures, in process: the index build (time and managed memory), the median latency of
/// one-line queries and of a 200-line log. The queries are the corpus' own signatures mixed
/// with unknown errors; the log is built from the sample logs beside the queries, or --log FILE.
/// </summary>
internal static partial class SpeedRunner
{
    private const int Rounds = 2000;
    private const int LogRounds = 300;

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static int Run(string[] args)
    {
        var options = RunnerArgs.Parse(args);
        var corpus = options.LoadCorpus();
        var loadedPeak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var matcher = Matcher.Build(corpus);
        var build = clock.Elapsed;
        paused = GC.GetTotalPauseDuration() - paused;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"entries {matcher.EntryCount}");
        Console.WriteLine($"build {build.TotalSeconds:F2} s ({paused.TotalSeconds:F2} s of it paused for GC), index memory {(after - before) / 1048576.0:F0} MiB, process peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB ({loadedPeak:F0} MiB once the corpus was loaded, {before / 1048576.0:F0} MiB of it live)");
        var lines = OneLineQueries(corpus);
        Console.WriteLine($"one-line query median {Median(matcher, lines, Rounds)}");
        var log = options.Log is null ? SpeedSamples.Log200 : File.ReadAllText(options.Log);
        Console.WriteLine($"200-line log ({log.Split('\n').Length} lines) median {Median(matcher, [log], LogRounds)}");
        var mib = SpeedSamples.Huge(1 << 20);
        Console.WriteLine($"1 MiB input median {Median(matcher, [mib], 5)}");
        foreach (var (name, hostile) in SpeedSamples.Hostile(1 << 20))
        {
            Console.WriteLine($"1 MiB {name} median {Median(matcher, [hostile], 5)}");
        }
        return 0;
    }

    /// <summary>
    /// 200 signatures of original entries (never the "-xN" copies make-scaled-corpus writes, whose
    /// shifted words no real error holds), so that a scaled corpus is asked the same questions as
    /// its source; and the unknown errors.
    /// </summary>
    internal static List<string> OneLineQueries(Signpost.Canons.Corpus corpus)
    {
        var originals = Originals(corpus);
        var random = new Random(7);
        var queries = Enumerable.Range(0, 200).Select(_ => originals[random.Next(originals.Count)].Signature).ToList();
        queries.AddRange(SpeedSamples.Unknown);
        return queries;
    }

    /// <summary>One original entry's signature, a third of the way into the corpus: the single query of the phase and tried runners.</summary>
    internal static string SampleSignature(Signpost.Canons.Corpus corpus)
    {
        var originals = Originals(corpus);
        return originals[originals.Count / 3].Signature;
    }

    internal static List<Signpost.Canons.Canon> Originals(Signpost.Canons.Corpus corpus) =>
        [.. corpus.All.Where(c => !ScaledCopy().IsMatch(c.Id))];

    [System.Text.RegularExpressions.GeneratedRegex(@"-x\d+(?:/|$)")]
    private static partial System.Text.RegularExpressions.Regex ScaledCopy();

    private static string Median(Matcher matcher, List<string> queries, int rounds)
    {
        // Warm: every query once, then the set in a loop for WarmUp seconds, so that tiered compilation
        // has optimized the lookup path (as in a server that has been running) before anything is measured.
        var clock = Stopwatch.StartNew();
        for (var w = 0; w < queries.Count || clock.Elapsed < WarmUp; w++)
        {
            matcher.Match(queries[w % queries.Count]);
        }
        var i = 0;
        var (wall, cpu) = Measure.Medians(() => matcher.Match(queries[i++ % queries.Count]), rounds);
        return $"{wall:F1} us wall, {cpu:F1} us thread cpu";
    }
}
