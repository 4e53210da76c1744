namespace Signpost.Web;

/// <summary>Builds the web host that serves the site, the API and MCP over HTTP.</summary>
public static class SignpostWeb
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/healthz", () => TypedResults.Text("ok"));
        return app;
    }
}
