using Microsoft.AspNetCore.Mvc.Testing;
using ModelContextProtocol.Client;

namespace Signpost.Web.Tests.Mcp;

/// <summary>An MCP client over streamable HTTP at /mcp of a test site.</summary>
internal static class HttpMcp
{
    public static async Task<McpClient> ConnectAsync(WebApplicationFactory<TestSite> site)
    {
        var http = site.CreateClient();
        var transport = new HttpClientTransport(
            new HttpClientTransportOptions { Endpoint = new Uri(http.BaseAddress!, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp },
            http, loggerFactory: null, ownsHttpClient: true);
        return await McpClient.CreateAsync(transport);
    }
}
