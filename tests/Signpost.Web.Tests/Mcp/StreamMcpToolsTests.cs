using System.IO.Pipelines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Signpost.Web.Mcp;

namespace Signpost.Web.Tests.Mcp;

/// <summary>The MCP server as <c>signpost mcp</c> builds it, over in-process streams instead of stdio.</summary>
public sealed class StreamMcpToolsTests : McpToolsContract
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("signpost-mcp-tests-");
    private IHost? _host;

    protected override async Task<McpClient> ConnectAsync()
    {
        Pipe toServer = new(), toClient = new();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSignpost(builder.Configuration, o =>
        {
            o.Corpus = [SignpostFactory.CorpusDirectory];
            o.Data = _data.FullName;
        });
        builder.Services.AddSignpostMcp().WithStreamServerTransport(toServer.Reader.AsStream(), toClient.Writer.AsStream());
        _host = builder.Build();
        await _host.StartAsync();
        return await McpClient.CreateAsync(new StreamClientTransport(toServer.Writer.AsStream(), toClient.Reader.AsStream()));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
        _data.Delete(recursive: true);
    }
}
