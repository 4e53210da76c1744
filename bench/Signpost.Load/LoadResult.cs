using System.Globalization;

namespace Signpost.Load;

/// <summary>
/// One phase's figures: requests, failures, throughput, latency percentiles, and the CPU time
/// each request cost the server and the client (they share the machine's cores).
/// </summary>
internal sealed record LoadResult(string Phase, int Requests, int Failures, double Seconds, double P50Ms, double P99Ms, double ServerCpuUs, double ClientCpuUs)
{
    public const string Header = "phase      requests  failed   req/s     p50 ms   p99 ms  server cpu us/req  client cpu us/req";

    public double Throughput => Requests / Seconds;

    public static LoadResult Of(string phase, List<double> latenciesMs, int failures, double seconds, TimeSpan clientCpu, TimeSpan? serverCpu)
    {
        latenciesMs.Sort();
        var sent = Math.Max(1, latenciesMs.Count + failures);
        return new LoadResult(phase, latenciesMs.Count, failures, seconds, Percentile(latenciesMs, 0.50), Percentile(latenciesMs, 0.99),
            serverCpu is { } s ? s.TotalMicroseconds / sent : double.NaN, clientCpu.TotalMicroseconds / sent);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Phase,-10} {Requests,8} {Failures,7} {Throughput,8:F0} {P50Ms,9:F2} {P99Ms,8:F2} {ServerCpuUs,18:F0} {ClientCpuUs,18:F0}");

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
