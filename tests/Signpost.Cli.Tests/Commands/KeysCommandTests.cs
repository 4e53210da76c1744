using Signpost.Storage;
using Signpost.Submissions;

namespace Signpost.Cli.Tests.Commands;

public sealed class KeysCommandTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("signpost-keys-");

    public void Dispose() => _data.Delete(recursive: true);

    [Fact]
    public async Task A_new_key_is_shown_once_and_stored_hashed()
    {
        var run = await RunAsync("keys", "create", "--name", "ana");

        Assert.Equal(0, run.ExitCode);
        var key = run.Out.Trim();
        Assert.StartsWith(ReviewerKeys.Prefix, key, StringComparison.Ordinal);
        await using var store = SqliteStateStore.InFolder(_data.FullName);
        Assert.Equal("ana", await store.FindReviewerAsync(ReviewerKeys.Hash(key)));
        Assert.DoesNotContain(key, await File.ReadAllTextAsync(Path.Combine(_data.FullName, SqliteStateStore.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_name_is_bad_usage()
    {
        await RunAsync("keys", "create", "--name", "ana");

        var again = await RunAsync("keys", "create", "--name", "ana");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already has a key", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_key_no_longer_finds_its_reviewer()
    {
        var key = (await RunAsync("keys", "create", "--name", "ana")).Out.Trim();

        var revoke = await RunAsync("keys", "revoke", "--name", "ana");
        var again = await RunAsync("keys", "revoke", "--name", "ana");

        Assert.Equal(0, revoke.ExitCode);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("no reviewer named 'ana'", again.Error, StringComparison.Ordinal);
        await using var store = SqliteStateStore.InFolder(_data.FullName);
        Assert.Null(await store.FindReviewerAsync(ReviewerKeys.Hash(key)));
    }

    private Task<SignpostProcess.Outcome> RunAsync(params string[] args) =>
        SignpostProcess.RunWithEnvironmentAsync(new Dictionary<string, string> { ["SIGNPOST_DATA"] = _data.FullName }, args);
}
