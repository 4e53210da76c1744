using System.Diagnostics;

namespace Signpost.Load;

/// <summary>
/// CPU time spent by this process and, when its id is known, by the server, over one phase: on a
/// shared machine throughput moves with other work, CPU time per request much less.
/// </summary>
internal sealed class CpuClock
{
    private readonly Process? _server;
    private readonly TimeSpan _client;
    private readonly TimeSpan? _serverStart;

    private CpuClock(int? serverPid)
    {
        _server = serverPid is { } pid ? Process.GetProcessById(pid) : null;
        _client = Process.GetCurrentProcess().TotalProcessorTime;
        _serverStart = _server?.TotalProcessorTime;
    }

    public static CpuClock Start(int? serverPid) => new(serverPid);

    public (TimeSpan Client, TimeSpan? Server) Stop()
    {
        var client = Process.GetCurrentProcess().TotalProcessorTime - _client;
        _server?.Refresh();
        return (client, _server is null ? null : _server.TotalProcessorTime - _serverStart);
    }
}
