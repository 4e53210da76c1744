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
    private readonly string[] _extra;
    private Process? _process;

    public ServerProcess(string corpus, string data, params string[] extra)
    {
        _corpus = corpus;
        _data = data;
        _extra = extra;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}");
    }

    public const string Seed = "policy/github-actions-oidc-token-403-forbidden";

    public Uri Url { get; }

    /// <summary>The seed entry's file in the repository.</summary>
    public static string SeedFile
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Signpost.slnx")))
            {
                dir = dir.Parent;
            }
            return Path.Combine(dir!.FullName, "corpus", Seed + ".json");
        }
    }

    /// <summary>Makes <c>folder/corpus</c> holding the seed entry (a writable corpus for a server) and returns it.</summary>
    public static string SeedCorpusIn(string folder)
    {
        var corpus = Path.Combine(folder, "corpus");
        Directory.CreateDirectory(Path.Combine(corpus, "policy"));
        File.Copy(SeedFile, Path.Combine(corpus, Seed + ".json"));
        return corpus;
    }

    public async Task StartAsync()
    {
        _process = SignpostProcess.Start(
            ["serve", "--urls", Url.ToString(), "--corpus", _corpus, .. _extra],
            new Dictionary<string, string> { ["SIGNPOST_DATA"] = _data, ["Signpost__WritesPerMinute"] = "1000000" });
        _process.StandardInput.Close();
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        // Generous: a busy 2-core machine can take tens of seconds to start a server process.
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
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
        throw new TimeoutException($"signpost serve did not answer /healthz within {StartTimeout.TotalSeconds:0} s");
    }

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

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
