using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Signpost.Rates;
using Signpost.Web;
using Signpost.Web.Api;

namespace Signpost.Cli.Commands;

/// <summary>
/// Sends a report to a server's POST /api/v1/outcomes. Network failures and 5xx answers are
/// retried with the same Idempotency-Key, so the report counts once however often it is sent.
/// </summary>
internal static class RemoteReport
{
    private const int Attempts = 5;

    public static async Task<int> SendAsync(string server, OutcomeRequest request, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(server.TrimEnd('/') + "/api/v1/outcomes", UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--server '{server}' is not an http(s) URL; write it like --server http://127.0.0.1:5000");
        }
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var body = new { entry = request.Entry, workaround = request.Workaround, worked = request.Worked, env = request.Env, note = request.Note };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var message = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
                message.Headers.Add("Idempotency-Key", request.IdempotencyKey);
                using var response = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
                if ((int)response.StatusCode < 500 || attempt == Attempts)
                {
                    return await AnswerAsync(response, request.Workaround, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (HttpRequestException e) when (attempt < Attempts)
            {
                await Console.Error.WriteLineAsync($"signpost: {url.Authority} did not answer ({e.Message}); retrying").ConfigureAwait(false);
            }
            catch (HttpRequestException e)
            {
                return ReportCommand.Fail($"could not reach {url.Authority}: {e.Message}. Is `signpost serve` running there?", ExitCodes.NothingKnown);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> AnswerAsync(HttpResponseMessage response, int workaround, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            var receipt = JsonSerializer.Deserialize<OutcomeReceipt>(text, WireJson.Options)!;
            return ReportCommand.Print(receipt.Id, workaround, receipt.Figures);
        }
        var detail = TryDetail(text) ?? $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}";
        return ReportCommand.Fail(detail, response.StatusCode == HttpStatusCode.NotFound ? ExitCodes.NothingKnown : ExitCodes.BadUsage);
    }

    private static string? TryDetail(string text)
    {
        try
        {
            using var problem = JsonDocument.Parse(text);
            return problem.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
