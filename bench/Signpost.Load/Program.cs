using Signpost.Load;

// Load on a running `signpost serve`, loopback only, bounded in requests and time:
//   dotnet run --project bench/Signpost.Load -- --server http://127.0.0.1:5000 [--clients 32] [--requests 20000] [--seconds 20]
//     [--warmup 20] [--phases healthz,lookup,reports] [--server-pid PID (adds the server's CPU time per request)]
var options = LoadOptions.Parse(args);
if (options.Problem is { } problem)
{
    Console.Error.WriteLine($"signpost-load: {problem}");
    return 2;
}
Console.WriteLine($"server {options.Server}  clients {options.Clients}  per phase: {options.WarmupSeconds} s unmeasured warm-up, then at most {options.Requests} requests or {options.Seconds} s");
Console.WriteLine(LoadResult.Header);
foreach (var phase in LoadPhase.All.Where(p => options.Phases.Contains(p.Name)))
{
    var result = await phase.RunAsync(options).ConfigureAwait(false);
    Console.WriteLine(result);
}
return 0;
