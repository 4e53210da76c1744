using Signpost.Web.Pages;
using Scalar.AspNetCore;
using Signpost.Web.Api;

namespace Signpost.Web;

/// <summary>The table of contents of the web host: every group of routes, in order.</summary>
public static class SignpostEndpoints
{
    public static WebApplication MapSignpost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/healthz", () => TypedResults.Text("ok"));
        app.MapPages();
        app.MapLookupApi();
        app.MapEntriesApi();
        app.MapCorpusApi();
        app.MapExportApi();
        app.MapOutcomesApi();
        app.MapSubmissionsApi();
        app.MapReviewApi();
        app.MapApiNotFound();
        app.MapOpenApi();
        app.MapScalarApiReference("/docs");
        app.MapMcp("/mcp");
        return app;
    }
}
