using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Signpost.Web;
using Signpost.Web.Mcp;

namespace Signpost.Cli.Commands;

/// <summary><c>signpost mcp</c>: the MCP tools over stdio, for agents that start Signpost themselves.</summary>
internal static class McpCommand
{
    /// <summary>The command's help line (the native executable lists it too).</summary>
    public const string Description = "Serve the MCP tools over stdio (for Claude Code, Cursor, VS Code and other agents).";

    public static Command Create()
    {
        var command = new Command("mcp", Description) { CommonOptions.Corpus, CommonOptions.Db };
        command.SetAction(async (parse, cancellation) =>
        {
            var builder = Host.CreateApplicationBuilder();
            // stdout carries JSON-RPC, so every log line goes to stderr.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddSignpost(builder.Configuration, options =>
            {
                options.Corpus = CommonOptions.CorpusDirectories(parse);
                options.Db = parse.GetValue(CommonOptions.Db) ?? options.Db;
            });
            builder.Services.AddSignpostMcp().WithStdioServerTransport();
            using var host = builder.Build();
            await host.RunAsync(cancellation).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
