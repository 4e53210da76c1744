using BenchmarkDotNet.Attributes;
using Signpost.Canons;
using Signpost.Matching;

namespace Signpost.Benchmarks;

/// <summary>BenchmarkDotNet figures for one lookup; the corpus comes from SIGNPOST_BENCH_CORPUS (the built-in one when unset).</summary>
[MemoryDiagnoser]
public class MatcherBenchmarks
{
    private Matcher _matcher = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = Environment.GetEnvironmentVariable("SIGNPOST_BENCH_CORPUS");
        var load = dir is null ? CorpusLoader.LoadBuiltIn() : CorpusLoader.LoadDirectories([dir]);
        _matcher = Matcher.Build(load.ToCorpus());
    }

    [Benchmark]
    public MatchResult OneLine() => _matcher.Match("error[E0502]: cannot borrow `map` as mutable because it is also borrowed as immutable");

    [Benchmark]
    public MatchResult Log200() => _matcher.Match(SpeedSamples.Log200);
}
