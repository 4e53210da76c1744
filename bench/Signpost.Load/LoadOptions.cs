using System.Globalization;

namespace Signpost.Load;

/// <summary>
/// The runner's arguments: the server (loopback only), how many clients, the bounds of each phase
/// (its unmeasured warm-up and its measured part, each at most --requests requests),
/// which phases run, and the server's process id when its CPU time per request should be shown.
/// </summary>
internal sealed record LoadOptions(Uri Server, int Clients, int Requests, int Seconds, int WarmupSeconds, IReadOnlyList<string> Phases, int? ServerPid, string? Problem = null)
{
    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }
        var server = new Uri(values.GetValueOrDefault("--server", "http://127.0.0.1:5000"));
        var phases = values.GetValueOrDefault("--phases", "healthz,lookup,reports").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int? pid = values.ContainsKey("--server-pid") ? Int("--server-pid", 0) : null;
        var options = new LoadOptions(server, Int("--clients", 32), Int("--requests", 20000), Int("--seconds", 20), Int("--warmup", 20), phases, pid);
        if (!server.IsLoopback)
        {
            return options with { Problem = $"--server {server} is not a loopback address; this load runs against 127.0.0.1 only" };
        }
        if (phases.FirstOrDefault(p => !LoadPhase.All.Any(known => known.Name == p)) is { } unknown)
        {
            return options with { Problem = $"--phases: unknown phase '{unknown}'; use any of {string.Join(',', LoadPhase.All.Select(p => p.Name))}" };
        }
        return options.Clients is < 1 or > 256 || options.Requests is < 1 or > 1_000_000 || options.Seconds is < 1 or > 300 || options.WarmupSeconds is < 0 or > 120
            ? options with { Problem = "--clients 1..256, --requests 1..1000000, --seconds 1..300 and --warmup 0..120 keep the load bounded" }
            : options;

        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
    }
}
