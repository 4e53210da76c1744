using System.Text.Json;
using System.Text.Json.Nodes;

namespace Signpost.Cli.Tests.Commands;

/// <summary>End to end: <c>signpost mcp</c> as an agent starts it, spoken to in raw JSON-RPC over stdin and stdout.</summary>
public sealed class McpCommandTests
{
    [Fact]
    public async Task Stdio_server_initializes_lists_the_tools_and_answers_a_lookup()
    {
        using var process = SignpostProcess.Start(["mcp"]);
        // A guard against a hung server, not a timing assertion.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            var init = await RequestAsync(process, 1, "initialize", new JsonObject
            {
                ["protocolVersion"] = "2025-06-18",
                ["capabilities"] = new JsonObject(),
                ["clientInfo"] = new JsonObject { ["name"] = "signpost-tests", ["version"] = "1" },
            }, guard.Token);
            await SendAsync(process, new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "notifications/initialized" });
            var tools = await RequestAsync(process, 2, "tools/list", new JsonObject(), guard.Token);
            var call = await RequestAsync(process, 3, "tools/call", new JsonObject
            {
                ["name"] = "lookup_error",
                ["arguments"] = new JsonObject { ["text"] = "Error: Failed to request OIDC token: 403 Forbidden" },
            }, guard.Token);

            Assert.Equal("signpost", init.GetProperty("serverInfo").GetProperty("name").GetString());
            Assert.Contains("lookup_error", tools.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
            var first = call.GetProperty("structuredContent").GetProperty("matches")[0];
            Assert.Equal("policy/github-actions-oidc-token-403-forbidden", first.GetProperty("id").GetString());
        }
        finally
        {
            process.StandardInput.Close();
            await process.WaitForExitAsync(guard.Token);
        }
    }

    private static async Task<JsonElement> RequestAsync(System.Diagnostics.Process process, int id, string method, JsonObject parameters, CancellationToken cancellationToken)
    {
        await SendAsync(process, new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            var message = JsonDocument.Parse(line).RootElement;
            if (message.TryGetProperty("id", out var replyId) && replyId.ValueKind == JsonValueKind.Number && replyId.GetInt32() == id)
            {
                Assert.False(message.TryGetProperty("error", out var error), error.ToString());
                return message.GetProperty("result").Clone();
            }
        }
        throw new InvalidOperationException($"signpost mcp closed stdout before answering {method}: {await process.StandardError.ReadToEndAsync(cancellationToken)}");
    }

    private static async Task SendAsync(System.Diagnostics.Process process, JsonObject message)
    {
        await process.StandardInput.WriteLineAsync(message.ToJsonString());
        await process.StandardInput.FlushAsync();
    }
}
