using Microsoft.AspNetCore.Http.HttpResults;
using System.Text.Json;
using Signpost.Canons;

namespace Signpost.Web.Api;

/// <summary>GET /api/v1/export.ndjson: every entry, one JSON object a line, in id order.</summary>
public static class ExportApi
{
    public const string ContentType = "application/x-ndjson";

    private static readonly JsonSerializerOptions Compact = new(CanonJson.Options) { WriteIndented = false };

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/export.ndjson", Export)
            .WithTags("Corpus").RequireCors(ApiPolicies.Reads)
            .WithName("Export").WithSummary("Every entry in the entry file format, one JSON object a line (NDJSON).")
            .Produces<Canon>(StatusCodes.Status200OK, ContentType);
        return app;
    }

    private static PushStreamHttpResult Export(KnowledgeBase kb) => TypedResults.Stream(async stream =>
    {
        await using var writer = new StreamWriter(stream, leaveOpen: true);
        foreach (var canon in kb.Corpus.All)
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(canon, Compact)).ConfigureAwait(false);
        }
    }, ContentType);
}
