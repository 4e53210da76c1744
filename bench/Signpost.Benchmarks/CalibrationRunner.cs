using System.Text.Json;
using Signpost.Matching;

namespace Signpost.Benchmarks;

/// <summary>
/// Finds the abstention bar from labeled queries: for each query, the evidence of the top
/// candidate (score plus margin), whether that candidate is right, and whether the query has
/// any answer. A bar is right for a query when it answers with the right entry or abstains where
/// none exists; the runner prints the range of bars that are right most often, and its midpoint,
/// and on standard error each query's evidence, verdict and top candidate.
/// </summary>
internal static class CalibrationRunner
{
    public static int Run(string[] args)
    {
        var options = RunnerArgs.Parse(args);
        var matcher = Matcher.Build(options.LoadCorpus());
        var points = new List<(double Evidence, bool TopIsRight, bool Unanswerable)>();
        var lines = File.ReadLines(options.Queries ?? throw new ArgumentException("--queries FILE is required")).Where(l => l.Length > 0).ToList();
        // One pass first: a cold process may spend a lookup's pattern budget on loading code, which would skew the first queries.
        foreach (var line in lines)
        {
            using var query = JsonDocument.Parse(line);
            _ = matcher.Explain(query.RootElement.GetProperty("query").GetString() ?? "");
        }
        foreach (var line in lines)
        {
            using var query = JsonDocument.Parse(line);
            var expected = query.RootElement.GetProperty("expected").EnumerateArray().Select(e => e.GetString()).ToHashSet();
            var ranked = matcher.Explain(query.RootElement.GetProperty("query").GetString() ?? "");
            var evidence = ranked.Count == 0 || ranked[0].Score < Abstention.Floor ? 0 : Abstention.Evidence(ranked[0].Score, ranked[0].Parts["margin"]);
            points.Add((evidence, ranked.Count > 0 && expected.Contains(ranked[0].Id), expected.Count == 0));
            var verdict = expected.Count == 0 ? "none" : points[^1].TopIsRight ? "right" : "wrong";
            Console.Error.WriteLine($"{points.Count - 1,3} {evidence:F3} {verdict,-5} {(ranked.Count > 0 ? ranked[0].Id : "-")}");
        }
        var cuts = points.Select(p => p.Evidence).Append(0).Append(3).Distinct().Order().ToList();
        var right = cuts.Select(bar => points.Count(p => p.Evidence >= bar ? p.TopIsRight : p.Unanswerable)).ToList();
        var best = right.Max();
        for (var i = 1; i < cuts.Count; i++)
        {
            if (right[i] == best)
            {
                Console.WriteLine($"bar in ({cuts[i - 1]:F3}, {cuts[i]:F3}]: right {best}/{points.Count}, midpoint {(cuts[i - 1] + cuts[i]) / 2:F3}");
            }
        }
        return 0;
    }
}
