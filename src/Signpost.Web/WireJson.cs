using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Signpost.Web;

/// <summary>
/// The JSON Signpost sends and accepts over HTTP and MCP: the names and shapes of the entry
/// files and of the CLI's JSON (snake_case, nulls left out), written compactly.
/// </summary>
public static class WireJson
{
    public static readonly JsonSerializerOptions Options = Frozen();

    /// <summary>Applies the wire settings to options a host owns (ASP.NET Core's HTTP JSON options).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.NumberHandling = JsonNumberHandling.Strict;
        return options;
    }

    // Read-only from the start: hosts built in parallel (tests) share it, and a library that
    // fills in a missing resolver on first use would race.
    private static JsonSerializerOptions Frozen()
    {
        var options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
