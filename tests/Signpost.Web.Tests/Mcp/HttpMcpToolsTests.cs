using ModelContextProtocol.Client;

namespace Signpost.Web.Tests.Mcp;

/// <summary>The same tools over streamable HTTP at /mcp on the web host.</summary>
public sealed class HttpMcpToolsTests : McpToolsContract, IDisposable
{
    private readonly SignpostFactory _factory = new();

    protected override async Task<McpClient> ConnectAsync()
    {
        var http = _factory.CreateClient();
        var transport = new HttpClientTransport(
            new HttpClientTransportOptions { Endpoint = new Uri(http.BaseAddress!, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp },
            http, loggerFactory: null, ownsHttpClient: true);
        return await McpClient.CreateAsync(transport);
    }

    public void Dispose() => _factory.Dispose();
}
