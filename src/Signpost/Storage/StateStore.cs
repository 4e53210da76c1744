using System.Data.Common;

namespace Signpost.Storage;

/// <summary>
/// Where what users send is kept: outcome reports, submissions with their review decisions, and
/// reviewer keys. One contract, two databases (SQLite by default, PostgreSQL for several
/// instances), the same plain SQL. Every write is committed before its method returns.
/// </summary>
public abstract partial class StateStore : IAsyncDisposable
{
    /// <summary>Opens the store the options name: PostgreSQL when <c>Db</c> is set, else SQLite under the data folder.</summary>
    public static StateStore Open(SignpostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.Db)
            ? SqliteStateStore.InFolder(options.DataDirectory)
            : new PostgresStateStore(options.Db);
    }

    /// <summary>A short description for logs and errors, without secrets.</summary>
    public abstract string Describe();

    /// <summary>Creates or upgrades the schema; safe when several processes start at once.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var transaction = await BeginLockedAsync(connection, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)", cancellationToken).ConfigureAwait(false);
        var current = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", [], cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (version, sql) in StateSchema.Migrations.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, transaction, sql.Replace("{id}", IdentityColumn, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
            await ScalarAsync(connection, transaction, "INSERT INTO schema_migrations (version, applied_at) VALUES (@v, @t)", [("v", version), ("t", Now())], cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public abstract ValueTask DisposeAsync();

    /// <summary>The dialect's auto-numbered primary key column type.</summary>
    protected abstract string IdentityColumn { get; }

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>One-time settings before migrating (SQLite's journal mode).</summary>
    protected virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A transaction that holds the schema lock, so concurrent starts migrate one at a time.</summary>
    protected abstract Task<DbTransaction> BeginLockedAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Runs a write in a transaction and commits it before returning (SQLite groups concurrent writes into one commit).</summary>
    protected virtual async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await write(connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    protected static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    protected static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    protected static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, IEnumerable<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, IEnumerable<(string Name, object? Value)> parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
