using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace Signpost.Web.Mcp;

/// <summary>
/// A tool's answer twice over: structured content in the API's JSON shape for programs, and a
/// compact Markdown text for the model's context window.
/// </summary>
internal static class ToolAnswer
{
    public static CallToolResult Of<T>(T value, string markdown) => new()
    {
        StructuredContent = JsonSerializer.SerializeToElement(value, WireJson.Options),
        Content = [new TextContentBlock { Text = markdown }],
    };

    /// <summary>A failure the agent can act on: what was wrong and what to call instead.</summary>
    public static CallToolResult Error(string message) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = message }],
    };
}
