using Signpost.Storage;

namespace Signpost.Tests.Storage;

public sealed class SqliteStateStoreTests : StateStoreTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("signpost-store-").FullName;

    protected override StateStore OpenStore() => SqliteStateStore.InFolder(_folder);

    protected override Task<IReadOnlyList<StateStore>> FreshDatabaseStoresAsync(int count)
    {
        var folder = Path.Combine(_folder, "fresh");
        return Task.FromResult<IReadOnlyList<StateStore>>([.. Enumerable.Range(0, count).Select(_ => Track(SqliteStateStore.InFolder(folder)))]);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
