using Signpost.Matching;

namespace Signpost.Benchmarks;

/// <summary>Prints every candidate for one text (from --log FILE), best first, with its score parts: for diagnosing a lookup.</summary>
internal static class ExplainRunner
{
    public static int Run(string[] args)
    {
        var options = RunnerArgs.Parse(args);
        var matcher = Matcher.Build(options.LoadCorpus());
        var text = File.ReadAllText(options.Log ?? throw new ArgumentException("--log FILE is required"));
        foreach (var line in LogView.Of(text).Lines.Take(60))
        {
            Console.WriteLine($"{line.Number,4} {line.Kind,-5} {line.Text}");
        }
        foreach (var (id, score, parts) in matcher.Explain(text).Take(40))
        {
            Console.WriteLine($"{score,7:F3} {id,-60} {string.Join(' ', parts.Select(p => $"{p.Key}={p.Value:0.##}"))}");
        }
        return 0;
    }
}
