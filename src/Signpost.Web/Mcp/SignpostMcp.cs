using System.Reflection;
using ModelContextProtocol.Protocol;

namespace Signpost.Web.Mcp;

/// <summary>The MCP server, written once: the CLI serves it over stdio, the web host over HTTP at /mcp.</summary>
public static class SignpostMcp
{
    public const string Instructions = """
        Signpost is a knowledge base of known errors: root causes, workarounds with success rates, and dead ends
        (fixes that do not work). When a command, build, test or deployment fails, call lookup_error with the error
        text or the log before guessing a fix; read the best entry with get_error_detail; skip its dead ends; after
        trying a workaround, call report_outcome with whether it worked.
        """;

    public static IMcpServerBuilder AddSignpostMcp(this IServiceCollection services)
    {
        var version = typeof(SignpostMcp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        return services
            .AddMcpServer(o =>
            {
                o.ServerInfo = new Implementation { Name = "signpost", Title = "Signpost", Version = version.Split('+')[0] };
                o.ServerInstructions = Instructions;
            })
            .WithTools<LookupTools>(WireJson.Options)
            .WithTools<EntryTools>(WireJson.Options)
            .WithTools<CorpusTools>(WireJson.Options)
            .WithTools<FeedbackTools>(WireJson.Options)
            .WithResources<EntryResources>()
            .WithPrompts<TriagePrompts>(WireJson.Options);
    }
}
