using Signpost.Storage;

namespace Signpost.Tests.Storage;

[NeedsPostgres]
public sealed class PostgresStateStoreTests : StateStoreTests
{
    private readonly List<string> _schemas = [];
    private string _connectionString = "";

    protected override StateStore OpenStore() => new PostgresStateStore(_connectionString);

    public override async Task InitializeAsync()
    {
        _connectionString = await NewSchemaAsync();
        await base.InitializeAsync();
    }

    protected override async Task<IReadOnlyList<StateStore>> FreshDatabaseStoresAsync(int count)
    {
        var connectionString = await NewSchemaAsync();
        return [.. Enumerable.Range(0, count).Select(_ => Track(new PostgresStateStore(connectionString)))];
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var schema in _schemas)
        {
            await PostgresServer.DropSchemaAsync(schema);
        }
    }

    private async Task<string> NewSchemaAsync()
    {
        var schema = $"store_test_{Guid.NewGuid():N}";
        _schemas.Add(schema);
        return await PostgresServer.CreateSchemaAsync(schema);
    }
}
