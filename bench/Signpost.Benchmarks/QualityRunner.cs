using System.Text.Json;
using Signpost.Matching;

namespace Signpost.Benchmarks;

/// <summary>
/// Runs every query of a labeled JSONL file through the matcher and writes one
/// <c>{"matches":[{"id":...}]}</c> line per query, the shape tools/eval-quality scores.
/// </summary>
internal static class QualityRunner
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static int Run(string[] args)
    {
        var options = RunnerArgs.Parse(args);
        var matcher = Matcher.Build(options.LoadCorpus());
        using var output = options.Out is null ? Console.Out : new StreamWriter(options.Out);
        using var explain = options.Out is null ? null : new StreamWriter(options.Out + ".explain");
        foreach (var line in File.ReadLines(options.Queries ?? throw new ArgumentException("--queries FILE is required")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var query = JsonDocument.Parse(line);
            var text = query.RootElement.GetProperty("query").GetString() ?? "";
            output.WriteLine(JsonSerializer.Serialize(matcher.Match(text), Json));
            explain?.WriteLine(JsonSerializer.Serialize(matcher.Explain(text).Take(8).Select(c => new { id = c.Id, score = Math.Round(c.Score, 4), parts = c.Parts }), Json));
        }
        return 0;
    }
}
