using System.CommandLine;
using System.Globalization;
using Signpost.Rates;

namespace Signpost.Cli.Commands;

/// <summary>
/// <c>signpost report ID --workaround N --worked|--failed</c>: tell Signpost whether a workaround
/// worked, into the local store or to a server (<c>--server URL</c>, retried with one idempotency key).
/// </summary>
internal static class ReportCommand
{
    /// <summary>The command's help line (the native executable lists it too).</summary>
    public const string Description = "Report whether a workaround worked; reports move the success rates.";

    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The entry id, e.g. policy/github-actions-oidc-token-403-forbidden." };
        var workaround = new Option<int>("--workaround") { Description = "Which workaround: its index, 0 for the first.", Required = true };
        var worked = new Option<bool>("--worked") { Description = "It fixed the error." };
        var failed = new Option<bool>("--failed") { Description = "It did not fix the error." };
        var note = new Option<string?>("--note") { Description = "What you saw (at most 1000 characters; secrets, e-mails and home paths are removed)." };
        var env = new Option<string[]>("--env") { Description = "Your environment, key=value (repeatable): os=linux, runtime=node20." };
        var server = new Option<string?>("--server") { Description = "Send the report to this Signpost server (e.g. http://127.0.0.1:5000) instead of the local store." };
        var command = new Command("report", Description)
        {
            id, workaround, worked, failed, note, env, server, CommonOptions.Corpus, CommonOptions.Db,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(worked) == parse.GetValue(failed))
            {
                throw new UsageException("say how it went with exactly one of --worked or --failed");
            }
            var request = new OutcomeRequest(parse.GetValue(id)!.Trim().Trim('/'), parse.GetValue(workaround), parse.GetValue(worked),
                LookupInput.Env(parse.GetValue(env) ?? []), parse.GetValue(note), Guid.NewGuid().ToString());
            return parse.GetValue(server) is { } url
                ? await RemoteReport.SendAsync(url, request, cancellationToken).ConfigureAwait(false)
                : await LocalAsync(parse, request, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> LocalAsync(ParseResult parse, OutcomeRequest request, CancellationToken cancellationToken)
    {
        var kb = CliCorpus.Load(parse);
        await using var store = await CliState.OpenAsync(parse, cancellationToken).ConfigureAwait(false);
        var result = await new OutcomeService(kb, store, new LiveFigures(store)).ReportAsync(request, cancellationToken).ConfigureAwait(false);
        return result.Error switch
        {
            OutcomeError.None => Print(result.Receipt!.Id, request.Workaround, result.Figures!),
            OutcomeError.UnknownEntry => Fail(result.Message, ExitCodes.NothingKnown),
            _ => Fail(result.Message, ExitCodes.BadUsage),
        };
    }

    internal static int Print(long reportId, int workaround, LiveEntryFigures figures)
    {
        var w = figures.Workarounds[workaround].Estimate;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Stored report {reportId}. Workaround {workaround} of {figures.EntryId}: {w.Rate:P0} success (90% interval {w.Low:P0}-{w.High:P0}, {w.Reports} report(s)); entry fix rate {figures.FixRate:P0}, evidence {figures.Evidence}."));
        return 0;
    }

    internal static int Fail(string message, int code)
    {
        Console.Error.WriteLine($"signpost: {message}");
        return code;
    }
}
