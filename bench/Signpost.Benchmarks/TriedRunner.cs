using Signpost.Matching;

namespace Signpost.Benchmarks;

/// <summary>Which patterns one lookup runs, and on how many lines: to see why a lookup runs more patterns than it should.</summary>
internal static class TriedRunner
{
    public static int Run(string[] args)
    {
        var options = RunnerArgs.Parse(args);
        var corpus = options.LoadCorpus();
        var index = MatchIndex.Build(corpus);
        var text = options.Log is null ? SpeedRunner.SampleSignature(corpus) : options.Log == "log200" ? SpeedSamples.Log200 : File.ReadAllText(options.Log);
        var log = LogView.Of(text);
        foreach (var (pattern, lines, passed) in index.Patterns.Trace(log))
        {
            Console.WriteLine($"{corpus.All[pattern.Entry].Id,-60} lines {lines,2} may-match {passed,2}  {(pattern.Source.Length > 80 ? pattern.Source[..80] : pattern.Source)}");
        }
        return 0;
    }
}
