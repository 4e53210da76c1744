using Signpost.Canons;

namespace Signpost.Benchmarks;

/// <summary>The options the runners share, and loading a corpus into a matcher.</summary>
internal sealed record RunnerArgs(IReadOnlyList<string> Corpus, string? Queries, string? Out, string? Log)
{
    public static RunnerArgs Parse(string[] args)
    {
        var corpus = new List<string>();
        string? queries = null, output = null, log = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--corpus": corpus.Add(args[i + 1]); break;
                case "--queries": queries = args[i + 1]; break;
                case "--out": output = args[i + 1]; break;
                case "--log": log = args[i + 1]; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        return new RunnerArgs(corpus, queries, output, log);
    }

    public Corpus LoadCorpus()
    {
        var load = Corpus.Count == 0 ? CorpusLoader.LoadBuiltIn() : CorpusLoader.LoadDirectories(Corpus);
        return load.ToCorpus();
    }
}
