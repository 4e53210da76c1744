using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Signpost.Matching;

namespace Signpost.Rendering;

/// <summary>The JSON shape of lookup results, shared by the CLI, the HTTP API and MCP.</summary>
public static class ResultJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true, IndentSize = 2 };

    public static string Write(MatchResult result, bool indented = false) =>
        JsonSerializer.Serialize(result, indented ? Indented : Options);
}
