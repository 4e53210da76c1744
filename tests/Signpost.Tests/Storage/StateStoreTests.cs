using Signpost.Storage;

namespace Signpost.Tests.Storage;

/// <summary>
/// The one store suite. Each subclass names a database (SQLite, PostgreSQL); every fact here runs
/// against each of them, on a database of its own.
/// </summary>
public abstract class StateStoreTests : IAsyncLifetime
{
    private const string Entry = "policy/github-actions-oidc-token-403-forbidden";

    private readonly List<StateStore> _opened = [];

    /// <summary>Opens a store on this test's database; every call reaches the same data.</summary>
    protected abstract StateStore OpenStore();

    protected StateStore Store { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Store = Open();
        await Store.MigrateAsync();
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }
    }

    [StoreFact]
    public async Task Migrating_again_keeps_the_data()
    {
        await Store.AddReportAsync(new OutcomeReport(Entry, 0, true));

        await Store.MigrateAsync();

        Assert.Equal(1, await Store.CountReportsAsync());
    }

    [StoreFact]
    public async Task Instances_starting_at_once_migrate_in_turn()
    {
        var fresh = await FreshDatabaseStoresAsync(4);

        await Task.WhenAll(fresh.Select(s => Task.Run(() => s.MigrateAsync())));

        await fresh[0].AddReportAsync(new OutcomeReport(Entry, 0, true));
        Assert.Equal(1, await fresh[3].CountReportsAsync());
    }

    [StoreFact]
    public async Task The_same_idempotency_key_is_stored_once()
    {
        var first = await Store.AddReportAsync(new OutcomeReport(Entry, 0, false, IdempotencyKey: "k-1"));
        var retry = await Store.AddReportAsync(new OutcomeReport(Entry, 0, false, IdempotencyKey: "k-1"));

        Assert.False(first.Duplicate);
        Assert.True(retry.Duplicate);
        Assert.Equal(first.Id, retry.Id);
        Assert.Equal(1, await Store.CountReportsAsync(Entry));
    }

    [StoreFact]
    public async Task Concurrent_retries_with_one_key_are_stored_once()
    {
        var receipts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Store.AddReportAsync(new OutcomeReport(Entry, 2, true, IdempotencyKey: "raced")))));

        Assert.Single(receipts.Select(r => r.Id).Distinct());
        Assert.Single(receipts, r => !r.Duplicate);
        Assert.Equal([new OutcomeTally(2, null, 1, 0)], await Store.TallyAsync(Entry));
    }

    [StoreFact]
    public async Task Reports_without_a_key_are_each_stored()
    {
        await Store.AddReportAsync(new OutcomeReport(Entry, 0, true));
        await Store.AddReportAsync(new OutcomeReport(Entry, 0, true));

        Assert.Equal(2, await Store.CountReportsAsync(Entry));
    }

    [StoreFact]
    public async Task Tally_counts_per_workaround_and_environment()
    {
        await Store.AddReportAsync(new OutcomeReport(Entry, 0, true, Environment: "linux"));
        await Store.AddReportAsync(new OutcomeReport(Entry, 0, false, Environment: "linux"));
        await Store.AddReportAsync(new OutcomeReport(Entry, 0, false, Environment: "linux"));
        await Store.AddReportAsync(new OutcomeReport(Entry, 1, true));
        await Store.AddReportAsync(new OutcomeReport("other/entry", 0, true));

        var tallies = (await Store.TallyAsync(Entry)).OrderBy(t => t.Workaround).ToList();

        Assert.Equal([new OutcomeTally(0, "linux", 1, 2), new OutcomeTally(1, null, 1, 0)], tallies);
    }

    [StoreFact]
    public async Task Eight_writers_of_a_thousand_reports_are_all_counted()
    {
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 1000; i++)
            {
                await Store.AddReportAsync(new OutcomeReport(Entry, w % 3, i % 2 == 0, IdempotencyKey: $"w{w}-{i}"));
            }
        }));

        await Task.WhenAll(writers);

        Assert.Equal(8000, await Store.CountReportsAsync(Entry));
        var tallies = await Store.TallyAsync(Entry);
        Assert.Equal(4000, tallies.Sum(t => t.Worked));
        Assert.Equal(3000, tallies.Where(t => t.Workaround == 0).Sum(t => t.Total));
    }

    [StoreFact]
    public async Task Reports_survive_reopening_the_store()
    {
        await Store.AddReportAsync(new OutcomeReport(Entry, 0, false, IdempotencyKey: "kept"));

        var reopened = Open();
        await reopened.MigrateAsync();

        Assert.Equal(1, (await reopened.CountByKeysAsync(["kept", "never-sent"]))["kept"]);
    }

    [StoreFact]
    public async Task A_submission_is_pending_until_decided_once()
    {
        var id = await Store.AddSubmissionAsync(SubmissionKinds.New, "python/x", "{}", "seen in CI", "127.0.0.1");

        var pending = Assert.Single(await Store.ListSubmissionsAsync(SubmissionStatuses.Pending));
        Assert.Equal(id, pending.Id);
        Assert.True(await Store.DecideAsync(id, SubmissionStatuses.Rejected, "ana", "duplicate of python/y"));
        Assert.False(await Store.DecideAsync(id, SubmissionStatuses.Approved, "bob", null));

        var decided = await Store.FindSubmissionAsync(id);
        Assert.Equal((SubmissionStatuses.Rejected, "ana", "duplicate of python/y"), (decided!.Status, decided.Reviewer, decided.Reason));
        Assert.Empty(await Store.ListSubmissionsAsync(SubmissionStatuses.Pending));
    }

    [StoreFact]
    public async Task A_reviewer_is_found_by_key_hash_and_names_are_unique()
    {
        Assert.True(await Store.AddReviewerKeyAsync("ana", "hash-a"));
        Assert.False(await Store.AddReviewerKeyAsync("ana", "hash-b"));

        Assert.Equal("ana", await Store.FindReviewerAsync("hash-a"));
        Assert.Null(await Store.FindReviewerAsync("hash-b"));
    }

    [StoreFact]
    public async Task A_revoked_key_is_no_longer_found_and_its_name_is_free_again()
    {
        await Store.AddReviewerKeyAsync("ana", "hash-a");

        Assert.True(await Store.RevokeReviewerKeyAsync("ana"));
        Assert.False(await Store.RevokeReviewerKeyAsync("ana"));

        Assert.Null(await Store.FindReviewerAsync("hash-a"));
        Assert.True(await Store.AddReviewerKeyAsync("ana", "hash-c"));
    }

    /// <summary>Stores on a database of their own, not yet migrated.</summary>
    protected abstract Task<IReadOnlyList<StateStore>> FreshDatabaseStoresAsync(int count);

    protected StateStore Open() => Track(OpenStore());

    protected StateStore Track(StateStore store)
    {
        _opened.Add(store);
        return store;
    }
}
