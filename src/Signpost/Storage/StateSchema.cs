namespace Signpost.Storage;

/// <summary>
/// The schema as numbered migrations, one SQL text for both databases; <c>{id}</c> stands for the
/// dialect's auto-numbered primary key. Append new versions; never edit an applied one.
/// outcome_totals keeps running counts per entry, workaround and environment ('' for none),
/// updated in the report's own transaction, so reading the figures does not scan the reports. Each
/// count is split over a few shards so concurrent reports on one workaround do not queue on one row lock.
/// </summary>
internal static class StateSchema
{
    public static readonly IReadOnlyList<(int Version, string Sql)> Migrations =
    [
        (1, """
            CREATE TABLE outcome_reports (
                id {id},
                idempotency_key TEXT UNIQUE,
                entry_id TEXT NOT NULL,
                workaround INTEGER NOT NULL,
                worked INTEGER NOT NULL,
                environment TEXT,
                env_json TEXT,
                note TEXT,
                client TEXT,
                created_at BIGINT NOT NULL
            );
            CREATE INDEX outcome_reports_entry ON outcome_reports (entry_id, workaround);
            CREATE TABLE submissions (
                id {id},
                kind TEXT NOT NULL,
                entry_id TEXT NOT NULL,
                entry_json TEXT NOT NULL,
                note TEXT,
                client TEXT,
                status TEXT NOT NULL,
                reviewer TEXT,
                reason TEXT,
                created_at BIGINT NOT NULL,
                decided_at BIGINT
            );
            CREATE INDEX submissions_status ON submissions (status, id);
            CREATE TABLE reviewer_keys (
                id {id},
                name TEXT NOT NULL UNIQUE,
                key_hash TEXT NOT NULL UNIQUE,
                created_at BIGINT NOT NULL
            );
            """),
        (2, """
            CREATE TABLE outcome_totals (
                entry_id TEXT NOT NULL,
                workaround INTEGER NOT NULL,
                environment TEXT NOT NULL,
                worked BIGINT NOT NULL,
                failed BIGINT NOT NULL,
                shard INTEGER NOT NULL,
                PRIMARY KEY (entry_id, workaround, environment, shard)
            );
            INSERT INTO outcome_totals (entry_id, workaround, environment, worked, failed, shard)
            SELECT entry_id, workaround, COALESCE(environment, ''), SUM(worked), COUNT(*) - SUM(worked), 0
            FROM outcome_reports GROUP BY entry_id, workaround, COALESCE(environment, '');
            """),
    ];
}
