using System.Text.Json;
using System.Text.Json.Serialization;
using Signpost.Rendering;

namespace Signpost.Web;

/// <summary>
/// The JSON Signpost sends and accepts over HTTP and MCP: the settings of the CLI's JSON
/// (<see cref="ResultJson"/>: snake_case, nulls left out), written compactly.
/// </summary>
public static class WireJson
{
    public static readonly JsonSerializerOptions Options = Frozen();

    /// <summary>Applies the wire settings to options a host owns (ASP.NET Core's HTTP JSON options).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = ResultJson.Options;
        options.PropertyNamingPolicy = results.PropertyNamingPolicy;
        options.DictionaryKeyPolicy = results.DictionaryKeyPolicy;
        options.DefaultIgnoreCondition = results.DefaultIgnoreCondition;
        options.Encoder = results.Encoder;
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
