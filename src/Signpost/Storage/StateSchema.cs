namespace Signpost.Storage;

/// <summary>
/// The schema as numbered migrations, one SQL text for both databases; <c>{id}</c> stands for the
/// dialect's auto-numbered primary key. Append new versions; never edit an applied one.
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
    ];
}
