using System.CommandLine;
using System.Data.Common;
using Signpost.Storage;

namespace Signpost.Cli;

/// <summary>Opens the state store a command names: --db or SIGNPOST_DB (PostgreSQL), else SQLite under SIGNPOST_DATA.</summary>
internal static class CliState
{
    public static async Task<StateStore> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var options = new SignpostOptions { Db = parse.GetValue(CommonOptions.Db) ?? Environment.GetEnvironmentVariable("SIGNPOST_DB") };
        StateStore? store = null;
        try
        {
            store = StateStore.Open(options);
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch (Exception e) when (e is DbException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            if (store is not null)
            {
                await store.DisposeAsync().ConfigureAwait(false);
            }
            var where = string.IsNullOrWhiteSpace(options.Db) ? $"the SQLite file under {options.DataDirectory} (set SIGNPOST_DATA to move it)" : "the PostgreSQL database in --db / SIGNPOST_DB";
            throw new UsageException($"cannot open {where}: {e.Message}");
        }
    }
}
