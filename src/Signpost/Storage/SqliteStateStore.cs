using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Signpost.Storage;

/// <summary>
/// The default store: one SQLite file in write-ahead-log mode with full sync, so a committed
/// report survives a killed process. Concurrent writes share one commit (<see cref="GroupCommit"/>).
/// </summary>
public sealed class SqliteStateStore : StateStore
{
    public const string FileName = "signpost.db";

    private readonly string _connectionString;
    private readonly GroupCommit _writer;

    public SqliteStateStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _writer = new GroupCommit(OpenAsync);
    }

    public string Path { get; }

    /// <summary>The store file inside a data folder, which is created when missing.</summary>
    public static SqliteStateStore InFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        return new SqliteStateStore(System.IO.Path.Combine(folder, FileName));
    }

    public override string Describe() => $"SQLite {Path}";

    public override async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
    }

    protected override string IdentityColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL;", cancellationToken).ConfigureAwait(false);
        return connection;
    }

    protected override Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);

    protected override Task<DbTransaction> BeginLockedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE takes the write lock up front, so two processes starting at once migrate in turn.
        ArgumentNullException.ThrowIfNull(connection);
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    protected override Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken) =>
        _writer.WriteAsync(write);
}
