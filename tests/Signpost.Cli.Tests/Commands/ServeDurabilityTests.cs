using System.Collections.Concurrent;
using System.Net.Http.Json;
using Signpost.Storage;

namespace Signpost.Cli.Tests.Commands;

/// <summary>Reports survive a server killed with SIGKILL mid-stream: each acknowledged one is stored exactly once.</summary>
public sealed class ServeDurabilityTests : IDisposable
{
    private const string Seed = ServerProcess.Seed;
    private const int Kills = 5;
    private const int Clients = 4;

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("signpost-durability-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task Every_acknowledged_report_is_stored_exactly_once_across_kills()
    {
        var corpus = ServerProcess.SeedCorpusIn(_root.FullName);
        var data = Path.Combine(_root.FullName, "data");
        using var server = new ServerProcess(corpus, data);
        await server.StartAsync();
        var acknowledged = new ConcurrentDictionary<string, bool>();
        var sent = new ConcurrentDictionary<string, bool>();
        using var stop = new CancellationTokenSource();

        var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(() => PostUntilStoppedAsync(server.Url, c, sent, acknowledged, stop.Token))).ToList();
        for (var kill = 0; kill < Kills; kill++)
        {
            await Task.Delay(Random.Shared.Next(300, 900));
            server.Kill();
            await server.StartAsync();
        }
        await Task.Delay(500);
        await stop.CancelAsync();
        await Task.WhenAll(clients);
        server.Kill();

        await using var store = SqliteStateStore.InFolder(data);
        var counts = await store.CountByKeysAsync(sent.Keys);
        Assert.NotEmpty(acknowledged);
        Assert.All(acknowledged.Keys, key => Assert.Equal(1, counts[key]));
        Assert.All(counts.Values, n => Assert.InRange(n, 0, 1));
        Assert.Equal(counts.Values.Sum(), await store.CountReportsAsync());
    }

    /// <summary>Posts reports with fresh keys; a failed post is retried with its key, as the CLI does.</summary>
    private static async Task PostUntilStoppedAsync(Uri server, int client, ConcurrentDictionary<string, bool> sent, ConcurrentDictionary<string, bool> acknowledged, CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(5) };
        string? pending = null;
        for (var i = 0; !stop.IsCancellationRequested || pending is not null; i++)
        {
            var key = pending ?? $"c{client}-{i}";
            sent[key] = true;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/outcomes") { Content = JsonContent.Create(new { entry = Seed, workaround = i % 3, worked = i % 2 == 0 }) };
                request.Headers.Add("Idempotency-Key", key);
                using var response = await http.SendAsync(request, CancellationToken.None);
                if (response.IsSuccessStatusCode)
                {
                    acknowledged[key] = true;
                    pending = null;
                    continue;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            pending = stop.IsCancellationRequested ? null : key;
            await Task.Delay(50, CancellationToken.None);
        }
    }
}
