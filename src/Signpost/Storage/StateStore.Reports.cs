using System.Data.Common;
using System.Globalization;

namespace Signpost.Storage;

public abstract partial class StateStore
{
    private const int TotalShards = 16;

    /// <summary>
    /// Stores a report, committed before returning. A report whose idempotency key was stored
    /// before is not stored again: the first one's receipt comes back, marked duplicate.
    /// </summary>
    public Task<ReportReceipt> AddReportAsync(OutcomeReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return InsertReportAsync(report, cancellationToken);
    }

    /// <summary>The report row and its running total, in one transaction (PostgreSQL does it in one statement).</summary>
    protected virtual Task<ReportReceipt> InsertReportAsync(OutcomeReport report, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var id = await ScalarAsync(connection, transaction, $"{InsertReportSql} RETURNING id", ReportParameters(report), cancellationToken).ConfigureAwait(false);
            if (id is not null)
            {
                await ScalarAsync(connection, transaction, $"{CountReportSql} VALUES (@entry, @workaround, @environment, @worked, @failed, @shard) {CountConflictSql}", TotalParameters(report), cancellationToken).ConfigureAwait(false);
                return new ReportReceipt(ToLong(id), Duplicate: false);
            }
            return await FirstReceiptAsync(connection, transaction, report, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    protected const string InsertReportSql = """
        INSERT INTO outcome_reports (idempotency_key, entry_id, workaround, worked, environment, env_json, note, client, created_at)
        VALUES (@key, @entry, @workaround, @worked, @environment, @env, @note, @client, @created)
        ON CONFLICT (idempotency_key) DO NOTHING
        """;

    protected const string CountReportSql = "INSERT INTO outcome_totals (entry_id, workaround, environment, worked, failed, shard)";

    protected const string CountConflictSql = """
        ON CONFLICT (entry_id, workaround, environment, shard)
        DO UPDATE SET worked = outcome_totals.worked + excluded.worked, failed = outcome_totals.failed + excluded.failed
        """;

    protected static (string, object?)[] ReportParameters(OutcomeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [("key", report.IdempotencyKey), ("entry", report.EntryId), ("workaround", report.Workaround), ("worked", report.Worked ? 1 : 0),
            ("environment", report.Environment), ("env", report.EnvironmentJson), ("note", report.Note), ("client", report.Client), ("created", Now())];
    }

    protected static (string, object?)[] TotalParameters(OutcomeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [("entry", report.EntryId), ("workaround", report.Workaround), ("environment", report.Environment ?? ""),
            ("worked", report.Worked ? 1L : 0L), ("failed", report.Worked ? 0L : 1L), ("shard", Random.Shared.Next(TotalShards))];
    }

    /// <summary>The receipt of the report stored earlier under the same key.</summary>
    protected static async Task<ReportReceipt> FirstReceiptAsync(DbConnection connection, DbTransaction? transaction, OutcomeReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var first = await ScalarAsync(connection, transaction, "SELECT id FROM outcome_reports WHERE idempotency_key = @key", [("key", report.IdempotencyKey)], cancellationToken).ConfigureAwait(false);
        return new ReportReceipt(ToLong(first!), Duplicate: true);
    }

    /// <summary>Report counts per workaround and environment for one entry, from the running totals kept with each report.</summary>
    public async Task<IReadOnlyList<OutcomeTally>> TallyAsync(string entryId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, """
            SELECT workaround, environment, SUM(worked), SUM(failed) FROM outcome_totals
            WHERE entry_id = @entry GROUP BY workaround, environment
            """, [("entry", entryId)]);
        var tallies = new List<OutcomeTally>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var environment = reader.GetString(1);
            tallies.Add(new OutcomeTally(reader.GetInt32(0), environment.Length == 0 ? null : environment, ToLong(reader.GetValue(2)), ToLong(reader.GetValue(3))));
        }
        return tallies;
    }

    /// <summary>How many reports are stored, for one entry or for all.</summary>
    public async Task<long> CountReportsAsync(string? entryId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var count = entryId is null
            ? await ScalarAsync(connection, null, "SELECT COUNT(*) FROM outcome_reports", [], cancellationToken).ConfigureAwait(false)
            : await ScalarAsync(connection, null, "SELECT COUNT(*) FROM outcome_reports WHERE entry_id = @entry", [("entry", entryId)], cancellationToken).ConfigureAwait(false);
        return ToLong(count!);
    }

    /// <summary>How many stored reports carry each of the given idempotency keys (0 or 1 each).</summary>
    public async Task<IReadOnlyDictionary<string, long>> CountByKeysAsync(IEnumerable<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var counts = keys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, _ => 0L, StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT idempotency_key FROM outcome_reports WHERE idempotency_key IS NOT NULL", []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = reader.GetString(0);
            if (counts.TryGetValue(key, out var n))
            {
                counts[key] = n + 1;
            }
        }
        return counts;
    }

    /// <summary>The stored report with this idempotency key, or null.</summary>
    public async Task<OutcomeReport?> FindReportAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, """
            SELECT entry_id, workaround, worked, idempotency_key, environment, env_json, note, client
            FROM outcome_reports WHERE idempotency_key = @key
            """, [("key", idempotencyKey)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        return new OutcomeReport(reader.GetString(0), reader.GetInt32(1), ToLong(reader.GetValue(2)) == 1, Text(3), Text(4), Text(5), Text(6), Text(7));
    }

    protected static long ToLong(object value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private protected static DateTimeOffset FromMillis(DbDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ToLong(reader.GetValue(ordinal)));
}
