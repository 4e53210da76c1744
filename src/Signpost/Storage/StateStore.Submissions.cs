using System.Data.Common;

namespace Signpost.Storage;

public abstract partial class StateStore
{
    private const string SubmissionColumns = "id, kind, entry_id, entry_json, note, status, reviewer, reason, created_at, decided_at";

    /// <summary>Stores a pending submission and returns its number.</summary>
    public Task<long> AddSubmissionAsync(string kind, string entryId, string entryJson, string? note, string? client, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) => ToLong((await ScalarAsync(connection, transaction, """
            INSERT INTO submissions (kind, entry_id, entry_json, note, client, status, created_at)
            VALUES (@kind, @entry, @json, @note, @client, @status, @created) RETURNING id
            """,
            [("kind", kind), ("entry", entryId), ("json", entryJson), ("note", note), ("client", client), ("status", SubmissionStatuses.Pending), ("created", Now())],
            cancellationToken).ConfigureAwait(false))!), cancellationToken);

    /// <summary>Submissions in one status (all when null), oldest first.</summary>
    public async Task<IReadOnlyList<Submission>> ListSubmissionsAsync(string? status = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = status is null
            ? Command(connection, null, $"SELECT {SubmissionColumns} FROM submissions ORDER BY id", [])
            : Command(connection, null, $"SELECT {SubmissionColumns} FROM submissions WHERE status = @status ORDER BY id", [("status", status)]);
        return await ReadSubmissionsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Submission?> FindSubmissionAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, $"SELECT {SubmissionColumns} FROM submissions WHERE id = @id", [("id", id)]);
        var found = await ReadSubmissionsAsync(command, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>
    /// Records a reviewer's decision on a pending submission. False when it is not pending any
    /// more (another reviewer or instance decided first): a decision is made once.
    /// </summary>
    public Task<bool> DecideAsync(long id, string status, string reviewer, string? reason, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) =>
        {
            await using var command = Command(connection, transaction, """
                UPDATE submissions SET status = @status, reviewer = @reviewer, reason = @reason, decided_at = @decided
                WHERE id = @id AND status = @pending
                """,
                [("status", status), ("reviewer", reviewer), ("reason", reason), ("decided", Now()), ("id", id), ("pending", SubmissionStatuses.Pending)]);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);

    private static async Task<IReadOnlyList<Submission>> ReadSubmissionsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var list = new List<Submission>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new Submission(
                ToLong(reader.GetValue(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                FromMillis(reader, 8), reader.IsDBNull(9) ? null : FromMillis(reader, 9)));
        }
        return list;
    }
}
