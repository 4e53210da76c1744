using Signpost.Web.Pages;

namespace Signpost.Web;

/// <summary>The table of contents of the web host: every group of routes, in order.</summary>
public static class SignpostEndpoints
{
    public static WebApplication MapSignpost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/healthz", () => TypedResults.Text("ok"));
        app.MapPages();
        return app;
    }
}
