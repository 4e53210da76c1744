using System.Text.Json;
using Signpost.Storage;

namespace Signpost.Rates;

/// <summary>
/// Takes outcome reports from every surface (API, MCP <c>report_outcome</c>, CLI, page buttons):
/// checks them against the corpus, redacts the note, stores them durably, and returns the
/// entry's new live figures.
/// </summary>
public sealed class OutcomeService(KnowledgeBase knowledge, StateStore store, LiveFigures figures)
{
    public const int MaxKeyLength = 200;
    public const int MaxEnvEntries = 20;
    public const int MaxEnvValueLength = 200;

    public async Task<OutcomeResult> ReportAsync(OutcomeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Entry))
        {
            return OutcomeResult.Refused(OutcomeError.BadInput, "'entry' is required: the id of the entry the report is about, e.g. policy/github-actions-oidc-token-403-forbidden.");
        }
        var canon = knowledge.Corpus.Find(request.Entry.Trim());
        if (canon is null)
        {
            return OutcomeResult.Refused(OutcomeError.UnknownEntry, $"No entry has the id '{request.Entry}'. Find the id with `signpost lookup` or GET /api/v1/search?q=...");
        }
        if (request.Workaround < 0 || request.Workaround >= canon.Workarounds.Count)
        {
            return OutcomeResult.Refused(OutcomeError.BadWorkaround, canon.Workarounds.Count == 0
                ? $"Entry '{canon.Id}' has no workarounds to report on."
                : $"'workaround' is {request.Workaround}, but entry '{canon.Id}' has {canon.Workarounds.Count} workarounds: use an index from 0 (the first) to {canon.Workarounds.Count - 1}.");
        }
        var problem = CheckInput(request);
        if (problem is not null)
        {
            return OutcomeResult.Refused(OutcomeError.BadInput, problem);
        }
        var report = new OutcomeReport(canon.Id, request.Workaround, request.Worked, request.IdempotencyKey, EnvironmentLabel(request.Env),
            request.Env is { Count: > 0 } env ? JsonSerializer.Serialize(env) : null,
            string.IsNullOrWhiteSpace(request.Note) ? null : NoteRedactor.Redact(request.Note), request.Client);
        var receipt = await store.AddReportAsync(report, cancellationToken).ConfigureAwait(false);
        figures.Invalidate(canon.Id);
        var live = await figures.ForAsync(canon, cancellationToken).ConfigureAwait(false);
        return new OutcomeResult(OutcomeError.None, receipt.Duplicate ? "already stored (same Idempotency-Key)" : "stored", receipt, live);
    }

    private static string? CheckInput(OutcomeRequest request)
    {
        if (request.Note is { Length: > NoteRedactor.MaxLength })
        {
            return $"'note' has {request.Note.Length} characters; at most {NoteRedactor.MaxLength} are kept. Shorten it.";
        }
        if (request.IdempotencyKey is { } key && (key.Length > MaxKeyLength || key.Any(char.IsControl)))
        {
            return $"The Idempotency-Key must be at most {MaxKeyLength} printable characters (a UUID is ideal).";
        }
        if (request.Env is { } env && (env.Count > MaxEnvEntries || env.Any(p => p.Key.Length > 50 || (p.Value?.Length ?? 0) > MaxEnvValueLength)))
        {
            return $"'env' takes at most {MaxEnvEntries} entries, names up to 50 and values up to {MaxEnvValueLength} characters, e.g. {{\"os\": \"ubuntu-22.04\", \"runtime\": \"node 20\"}}.";
        }
        return null;
    }

    /// <summary>The label reports are grouped by for the per-environment breakdown: the os, else the runtime.</summary>
    internal static string? EnvironmentLabel(IReadOnlyDictionary<string, string>? env)
    {
        if (env is null)
        {
            return null;
        }
        var value = Pick("os") ?? Pick("runtime");
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();

        string? Pick(string name) => env.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
    }
}
