using System.Text.Json;
using Signpost.Canons;
using Signpost.Matching;

namespace Signpost.Benchmarks;

/// <summary>
/// Checks that <see cref="AsciiPattern"/> finds the match the regex engine finds: every pattern of
/// the corpus that it reads runs against the lines of its own domain's entries (a sample past a thousand), the queries' lines
/// and a sample of all lines, each also in upper case and twice over; prints the counts and the first disagreements.
/// </summary>
internal static class AgreementRunner
{
    public static int Run(string[] args)
    {
        var options = RunnerArgs.Parse(args);
        var corpus = options.LoadCorpus();
        var byDomain = corpus.All.GroupBy(c => c.Domain).ToDictionary(g => g.Key, g => Variants(Sample(g.SelectMany(TextOf), 1000)));
        var shared = Variants(QueryLines(options.Queries).Concat(Sample(corpus.All.SelectMany(TextOf), 300)));
        var sources = corpus.All
            .SelectMany(c => c.Patterns.SelectMany(p => PatternPart.Of(p).Select(part => part.Source).Append(p)).Select(s => (Source: s, c.Domain)))
            .DistinctBy(s => s.Source)
            .ToList();
        long runs = 0, matches = 0, undecided = 0, read = 0;
        var disagreements = new List<string>();
        Parallel.ForEach(sources, source =>
        {
            if (BacktrackingRisk.IsNested(source.Source) || AsciiPattern.TryRead(source.Source) is not { } ascii)
            {
                return;
            }
            Interlocked.Increment(ref read);
            var regex = PatternCompiler.TryCompile(source.Source, TimeSpan.FromSeconds(5)).Regex!;
            foreach (var line in byDomain[source.Domain].Concat(shared))
            {
                Interlocked.Increment(ref runs);
                if (!ascii.TryMatch(line, out var found))
                {
                    Interlocked.Increment(ref undecided);
                    continue;
                }
                var match = regex.Match(line);
                (int, int)? expected = match.Success ? (match.Index, match.Length) : null;
                if (expected is not null)
                {
                    Interlocked.Increment(ref matches);
                }
                if (found != expected)
                {
                    lock (disagreements)
                    {
                        disagreements.Add($"{source.Source}\n    line {line}\n    ascii {found?.ToString() ?? "none"}  regex {expected?.ToString() ?? "none"}");
                    }
                }
            }
        });
        Console.WriteLine($"{sources.Count} patterns and parts, {read} read by AsciiPattern ({(double)read / sources.Count:P1})");
        Console.WriteLine($"{runs} runs, {matches} matches, {undecided} left to the regex, {disagreements.Count} disagreements");
        foreach (var d in disagreements.Take(20))
        {
            Console.WriteLine(d);
        }
        return disagreements.Count == 0 ? 0 : 1;
    }

    private static IEnumerable<string> TextOf(Canon canon) =>
        canon.Examples.Select(e => e.Text).Append(canon.Signature).SelectMany(t => t.Split('\n'));

    private static List<string> Variants(IEnumerable<string> lines) =>
        [.. lines.Where(l => l.Length > 0).SelectMany(l => new[] { l, l.ToUpperInvariant(), l + " | " + l }).Distinct()];

    /// <summary>All the lines when they are few, else a fixed sample of them.</summary>
    private static IEnumerable<string> Sample(IEnumerable<string> lines, int count)
    {
        var all = lines.ToList();
        var random = new Random(42);
        return all.Count <= count ? all : Enumerable.Range(0, count).Select(_ => all[random.Next(all.Count)]);
    }

    private static IEnumerable<string> QueryLines(string? path) =>
        path is null ? [] : File.ReadLines(path).SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("query").GetString()!.Split('\n'));
}
