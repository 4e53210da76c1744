using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Signpost.Storage;
using Signpost.Submissions;

namespace Signpost.Cli.Tests.Commands;

/// <summary>Two <c>signpost serve</c> processes on one PostgreSQL database see each other's reports and approvals.</summary>
public sealed class ServeInstancesTests : IAsyncLifetime
{
    private const string Seed = ServerProcess.Seed;
    private const string NewId = "policy/oidc-token-request-refused-elsewhere";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("signpost-instances-");
    private readonly string _schema = $"instances_{Guid.NewGuid():N}";
    private string _db = "";

    public async Task InitializeAsync()
    {
        if (PostgresFactAttribute.ConnectionString is not { Length: > 0 } server)
        {
            return;
        }
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
        await command.ExecuteNonQueryAsync();
        _db = new NpgsqlConnectionStringBuilder(server) { SearchPath = _schema }.ToString();
    }

    public async Task DisposeAsync()
    {
        _root.Delete(recursive: true);
        if (_db.Length > 0)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    [PostgresFact]
    public async Task Reports_and_approvals_on_one_instance_reach_the_other()
    {
        using var a = Instance("a");
        using var b = Instance("b");
        await Task.WhenAll(a.StartAsync(), b.StartAsync());
        using var toA = new HttpClient { BaseAddress = a.Url };
        using var toB = new HttpClient { BaseAddress = b.Url };
        await using var store = new PostgresStateStore(_db);
        var key = ReviewerKeys.NewKey();
        await store.AddReviewerKeyAsync("ana", ReviewerKeys.Hash(key));
        toA.DefaultRequestHeaders.Authorization = new("Bearer", key);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await toA.PostAsJsonAsync("/api/v1/outcomes", new { entry = Seed, workaround = 0, worked = false })).StatusCode);
        }
        var submitted = await toB.PostAsJsonAsync("/api/v1/submissions", new { kind = "new", entry = NewEntry() });
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
        var n = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        var approved = await toA.PostAsync($"/api/v1/review/submissions/{n}/approve", null);

        var seenByB = JsonDocument.Parse(await toB.GetStringAsync($"/api/v1/entries/{Seed}")).RootElement;
        Assert.Equal(3, seenByB.GetProperty("live_figures").GetProperty("reports").GetInt64());
        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, await EventuallyAsync(toB, $"/api/v1/entries/{NewId}"));
    }

    private ServerProcess Instance(string name)
    {
        var corpus = ServerProcess.SeedCorpusIn(Path.Combine(_root.FullName, name));
        return new ServerProcess(corpus, Path.Combine(_root.FullName, name, "data"), "--db", _db);
    }

    /// <summary>The other instance picks approvals up on its next sync (every 2 s): ask until it answers 200, for at most 30 s.</summary>
    private static async Task<HttpStatusCode> EventuallyAsync(HttpClient client, string path)
    {
        var status = HttpStatusCode.NotFound;
        for (var attempt = 0; attempt < 60 && status != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(500);
            status = (await client.GetAsync(path)).StatusCode;
        }
        return status;
    }

    private static JsonObject NewEntry()
    {
        var entry = JsonNode.Parse(File.ReadAllText(ServerProcess.SeedFile))!.AsObject();
        entry["id"] = NewId;
        entry.Remove("transitions");
        foreach (var link in new[] { "leads_to", "preceded_by", "confused_with" })
        {
            entry["translations"]!["zh"]!.AsObject().Remove(link);
        }
        return entry;
    }
}
