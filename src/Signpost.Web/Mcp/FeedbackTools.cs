using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Signpost.Canons;
using Signpost.Rates;
using Signpost.Storage;
using Signpost.Submissions;
using Signpost.Web.Api;

namespace Signpost.Web.Mcp;

/// <summary>report_outcome and submit_error: what agents learn flows back into the rates and the corpus.</summary>
[McpServerToolType]
public sealed class FeedbackTools(IServiceProvider services)
{
    private const string NoStore = "This Signpost server keeps no state (no store is configured), so it cannot take reports or submissions.";

    [McpServerTool(Name = "report_outcome", Title = "Report whether a fix worked", Destructive = false, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(OutcomeReceipt))]
    [Description("""
        Call this after you tried a workaround from a Signpost entry and know whether it fixed the error: it moves the
        workaround's success rate and the entry's fix rate for every later agent. workaround is the index in the entry's
        workarounds list (0 for the first). Pass the same key when retrying a call so it counts once.
        Returns the stored report's number and the entry's live figures.
        """)]
    public async Task<CallToolResult> ReportOutcome(
        [Description("The entry id, e.g. policy/github-actions-oidc-token-403-forbidden.")] string entry,
        [Description("Index of the workaround tried, 0 for the first.")] int workaround,
        [Description("True when the workaround fixed the error, false when it did not.")] bool worked,
        [Description("Optional environment, e.g. {\"os\": \"ubuntu-22.04\", \"runtime\": \"node 20\"}.")] Dictionary<string, string>? env = null,
        [Description("Optional short note: what else was needed, or how it failed. No secrets.")] string? note = null,
        [Description("Optional idempotency key, unique per report (a UUID): a retried call with the same key is stored once.")] string? key = null,
        CancellationToken cancellationToken = default)
    {
        if (services.GetService<OutcomeService>() is not { } outcomes)
        {
            return ToolAnswer.Error(NoStore);
        }
        if (!WithinLimits(submission: false))
        {
            return ToolAnswer.Error(ApiServices.TooManyWrites);
        }
        var result = await outcomes.ReportAsync(new OutcomeRequest(entry, workaround, worked, env, note, key, Client: "mcp"), cancellationToken).ConfigureAwait(false);
        if (!result.Stored)
        {
            return ToolAnswer.Error(result.Message);
        }
        var receipt = new OutcomeReceipt(result.Receipt!.Id, result.Receipt.Duplicate, result.Figures!.EntryId, workaround, worked, result.Figures);
        var fixRate = receipt.Figures.Workarounds.ElementAtOrDefault(workaround)?.Estimate.Rate;
        return ToolAnswer.Of(receipt, $"Report {receipt.Id} {result.Message} for `{receipt.Entry}` workaround {workaround}. "
            + $"Entry fix rate now {Rendering.Percent.Of(receipt.Figures.FixRate)}{(fixRate is { } r ? $", this workaround {Rendering.Percent.Of(r)}" : "")}.");
    }

    [McpServerTool(Name = "submit_error", Title = "Propose a new entry", Destructive = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(SubmissionReceipt))]
    [Description("""
        Propose an error Signpost does not know yet, after lookup_error found nothing and you solved it: give the error
        signature as users see it, a real example of it from the log, and what you learnt (root cause, the workaround that
        worked). It is validated and waits for a human reviewer; nothing changes until it is approved.
        Returns the submission's number and the entry id it proposes.
        """)]
    public async Task<CallToolResult> SubmitError(
        [Description("The error message as users see it (its first line becomes the title).")] string signature,
        [Description("A real error text from a log, as printed.")] string example,
        [Description("The root cause: why the error happens.")] string cause,
        [Description("The domain, e.g. python, docker, kubernetes (default: unsorted).")] string? domain = null,
        [Description("What fixed it.")] string? workaround = null,
        [Description("Optional note for the reviewer: sources, versions, how sure you are.")] string? note = null,
        CancellationToken cancellationToken = default)
    {
        if (services.GetService<SubmissionService>() is not { } submissions)
        {
            return ToolAnswer.Error(NoStore);
        }
        if (!WithinLimits(submission: true))
        {
            return ToolAnswer.Error(ApiServices.TooManyWrites);
        }
        var fields = new Dictionary<string, string?> { ["signature"] = signature, ["example"] = example, ["domain"] = domain, ["root_cause"] = cause, ["workaround"] = workaround }
            .Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!, StringComparer.Ordinal);
        var request = new SubmissionRequest(SubmissionKinds.Draft, CanonJson.Write(SubmissionDraft.From(fields)), note, Client: "mcp");
        var result = await submissions.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
        if (!result.Accepted)
        {
            return ToolAnswer.Error($"The submission was not accepted:\n{result.Message}");
        }
        var receipt = new SubmissionReceipt(result.Id!.Value, result.EntryId!, SubmissionKinds.Draft, "pending");
        return ToolAnswer.Of(receipt, result.Message);
    }

    /// <summary>Over HTTP, takes one write from the caller's address budget; over stdio there is no address and no limit.</summary>
    private bool WithinLimits(bool submission) =>
        services.GetService<WriteBudgets>() is not { } limits
        || services.GetService<IHttpContextAccessor>()?.HttpContext is not { } http
        || limits.TryTake(ApiServices.Address(http), submission);
}
