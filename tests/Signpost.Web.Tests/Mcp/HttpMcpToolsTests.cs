using ModelContextProtocol.Client;

namespace Signpost.Web.Tests.Mcp;

/// <summary>The same tools over streamable HTTP at /mcp on the web host.</summary>
public sealed class HttpMcpToolsTests : McpToolsContract, IDisposable
{
    private readonly SignpostFactory _factory = new();

    protected override Task<McpClient> ConnectAsync() => HttpMcp.ConnectAsync(_factory);

    public void Dispose() => _factory.Dispose();
}
