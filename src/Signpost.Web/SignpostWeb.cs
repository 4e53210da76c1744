using Signpost.Web.Api;
using Signpost.Web.Mcp;

namespace Signpost.Web;

/// <summary>Builds the web host that serves the site, the API and MCP over HTTP.</summary>
public static class SignpostWeb
{
    /// <summary>Creates the host. <paramref name="configure"/> lets the CLI and tests set options.</summary>
    public static WebApplication Build(string[] args, Action<SignpostOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        LoggingDefaults.Apply(builder.Configuration);
        builder.Services.AddSignpost(builder.Configuration, configure);
        builder.Services.AddSignpostApi(builder.Configuration);
        builder.Services.AddSignpostMcp().WithHttpTransport(o => o.Stateless = true);
        // The MCP write tools take from the REST routes' per-address budgets over HTTP (WriteBudgets).
        builder.Services.AddHttpContextAccessor();
        var app = builder.Build();
        app.UseSignpostApi();
        app.MapSignpost();
        return app;
    }
}
