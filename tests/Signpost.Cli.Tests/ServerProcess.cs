using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Signpost.Cli.Tests;

/// <summary>
/// A real <c>signpost serve</c> process on a free loopback port, over a given corpus and data
/// folder, that a test can kill with SIGKILL and start again.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly string _corpus;
    private readonly string _data;
    private Process? _process;

    public ServerProcess(string corpus, string data)
    {
        _corpus = corpus;
        _data = data;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}");
    }

    public Uri Url { get; }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "signpost.dll"), "serve", "--urls", Url.ToString(), "--corpus", _corpus })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["SIGNPOST_DATA"] = _data;
        start.Environment["Signpost__WritesPerMinute"] = "1000000";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                if ((await client.GetAsync(new Uri(Url, "/healthz"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"signpost serve exited with {_process.ExitCode} before it answered /healthz");
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("signpost serve did not answer /healthz within 30 s");
    }

    /// <summary>SIGKILL: no shutdown, no flush; what was acknowledged must already be on disk.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => Kill();
}
