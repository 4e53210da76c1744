using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Signpost.Load;

/// <summary>
/// One kind of request sent by every client in a loop until the phase's request count or time is
/// spent: /healthz (the floor), a lookup of a real error line, an outcome report with a fresh key.
/// </summary>
internal sealed record LoadPhase(string Name, Func<int, HttpRequestMessage> Request)
{
    private const string Seed = "policy/github-actions-oidc-token-403-forbidden";
    private const string ErrorText = "##[error]Error: Failed to request OIDC token: 403 Forbidden. The workflow is not allowed to request an OIDC token for this organization";

    // Bodies are encoded once: the client shares the two cores with the server, so it does no
    // per-request serialization.
    private static readonly byte[] LookupBody = Encoding.UTF8.GetBytes($"{{\"text\":\"{ErrorText}\"}}");

    private static readonly byte[][] ReportBodies = [.. Enumerable.Range(0, 12).Select(i =>
        Encoding.UTF8.GetBytes($"{{\"entry\":\"{Seed}\",\"workaround\":{i % 3},\"worked\":{(i % 4 != 0 ? "true" : "false")}}}"))];

    public static readonly IReadOnlyList<LoadPhase> All =
    [
        new("healthz", _ => new HttpRequestMessage(HttpMethod.Get, "/healthz")),
        new("lookup", _ => new HttpRequestMessage(HttpMethod.Post, "/api/v1/lookup") { Content = Json(LookupBody) }),
        new("reports", i =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/outcomes") { Content = Json(ReportBodies[Math.Abs(i % ReportBodies.Length)]) };
            request.Headers.Add("Idempotency-Key", $"load-{Environment.ProcessId}-{Guid.NewGuid():N}");
            return request;
        }),
    ];

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public async Task<LoadResult> RunAsync(LoadOptions options)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = options.Server, Timeout = TimeSpan.FromSeconds(30) };
        // Unmeasured: the same requests for --warmup seconds first. A fresh server runs its hot
        // path unoptimized until tiered compilation has recompiled it, which takes seconds of
        // load on a busy machine; the measured part is the steady state a server lives in.
        await DriveAsync(client, options.Clients, options.Requests, options.WarmupSeconds).ConfigureAwait(false);
        var cpu = CpuClock.Start(options.ServerPid);
        var clock = Stopwatch.StartNew();
        var (latencies, failures) = await DriveAsync(client, options.Clients, options.Requests, options.Seconds).ConfigureAwait(false);
        var seconds = clock.Elapsed.TotalSeconds;
        var (clientCpu, serverCpu) = cpu.Stop();
        return LoadResult.Of(Name, latencies, failures, seconds, clientCpu, serverCpu);
    }

    /// <summary>Every client sends requests in a loop until <paramref name="requests"/> are sent or <paramref name="seconds"/> pass.</summary>
    private async Task<(List<double> LatenciesMs, int Failures)> DriveAsync(HttpClient client, int clients, int requests, int seconds)
    {
        var issued = 0;
        var failures = 0;
        var latencies = new List<double>[clients];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = [];
            int n;
            while ((n = Interlocked.Increment(ref issued)) <= requests && clock.Elapsed.TotalSeconds < seconds)
            {
                using var request = Request(n);
                var start = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request).ConfigureAwait(false);
                await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToList();
        await Task.WhenAll(workers).ConfigureAwait(false);
        return ([.. latencies.SelectMany(l => l)], failures);
    }
}
