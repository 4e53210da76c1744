using Npgsql;

namespace Signpost.Tests.Storage;

/// <summary>
/// The PostgreSQL server tests run against: <c>SIGNPOST_TEST_POSTGRES</c> names it (CI starts one
/// and sets it). Each test gets a schema of its own, dropped afterwards.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "SIGNPOST_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs ? cs : null;

    public static string SkipReason =>
        $"{Variable} is not set: the PostgreSQL half of the store suite needs a server, e.g. {Variable}=\"Host=127.0.0.1;Username=signpost;Password=signpost;Database=signpost_test\" (.ci/run starts one).";

    /// <summary>Creates an empty schema and returns a connection string whose search path is that schema.</summary>
    public static async Task<string> CreateSchemaAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = name }.ToString();
    }

    public static async Task DropSchemaAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {name} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
