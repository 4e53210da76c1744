using BenchmarkDotNet.Running;
using Signpost.Benchmarks;

return args.FirstOrDefault() switch
{
    "quality" => QualityRunner.Run(args[1..]),
    "self" => SelfRetrievalRunner.Run(args[1..]),
    "speed" => SpeedRunner.Run(args[1..]),
    "steps" => StepRunner.Run(args[1..]),
    "explain" => ExplainRunner.Run(args[1..]),
    "calibrate" => CalibrationRunner.Run(args[1..]),
    "phases" => PhaseRunner.Run(args[1..]),
    "loop" => LoopRunner.Run(args[1..]),
    "tried" => TriedRunner.Run(args[1..]),
    "slowest" => SlowestRunner.Run(args[1..]),
    "ratio" => RatioRunner.Run(args[1..]),
    "compile" => CompileRunner.Run(args[1..]),
    "agree" => AgreementRunner.Run(args[1..]),
    "dotnet" => RunBenchmarkDotNet(args[1..]),
    _ => Usage(),
};

static int RunBenchmarkDotNet(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(MatcherBenchmarks).Assembly).Run(rest);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Signpost.Benchmarks quality --corpus DIR --queries FILE [--out FILE]
               Signpost.Benchmarks calibrate --corpus DIR --queries FILE
               Signpost.Benchmarks explain --corpus DIR --log FILE
               Signpost.Benchmarks self --corpus DIR
               Signpost.Benchmarks speed --corpus DIR [--log FILE]
               Signpost.Benchmarks steps --corpus DIR                         (each step of a lookup, queries in rotation)
               Signpost.Benchmarks compile --corpus DIR                       (what compiling each pattern costs)
               Signpost.Benchmarks ratio SMALL_DIR LARGE_DIR [BLOCKS]          (large/small one-line medians, alternating in one process)
               Signpost.Benchmarks agree --corpus DIR [--queries FILE]        (AsciiPattern against the regex engine)
               Signpost.Benchmarks loop [one-line|log] --corpus DIR             (10 s of lookups, for a profiler)
               Signpost.Benchmarks dotnet [BenchmarkDotNet options]   (SIGNPOST_BENCH_CORPUS names the corpus)
        """);
    return 2;
}
