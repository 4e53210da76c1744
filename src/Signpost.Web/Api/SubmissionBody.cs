using System.Text.Json;
using Signpost.Canons;
using Signpost.Storage;
using Signpost.Submissions;

namespace Signpost.Web.Api;

/// <summary>
/// Reads a submission in either shape: <c>{"kind": "new"|"correction", "entry": {...}, "note"}</c>
/// (a whole entry in the corpus format), or the /submit form's fields (JSON or form-encoded),
/// which become a draft.
/// </summary>
internal static class SubmissionBody
{
    public const int MaxBytes = 300 * 1024;

    public static async Task<(SubmissionRequest? Request, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            return (Draft(form.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal)), null);
        }
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return (null, $"The body is not valid JSON: {e.Message} Send {{\"kind\": \"new\", \"entry\": {{...}}}} or the form's fields.");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "The body must be a JSON object: {\"kind\": \"new\", \"entry\": {...}, \"note\": \"...\"}.");
            }
            if (root.TryGetProperty("entry", out var entry))
            {
                return entry.ValueKind != JsonValueKind.Object
                    ? (null, "'entry' must be an object in the corpus format (schema/canon.schema.json).")
                    : (new SubmissionRequest(Text(root, "kind") ?? SubmissionKinds.New, entry.GetRawText(), Text(root, "note")), null);
            }
            var fields = root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
            return fields.ContainsKey("signature")
                ? (Draft(fields), null)
                : (null, "Send a whole entry as {\"kind\": \"new\", \"entry\": {...}} or at least {\"signature\": \"...\", \"example\": \"...\"}.");
        }
    }

    private static SubmissionRequest Draft(Dictionary<string, string> fields) =>
        new(SubmissionKinds.Draft, CanonJson.Write(SubmissionDraft.From(fields)), fields.GetValueOrDefault("note"));

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
