using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Signpost.Browsing;
using Signpost.Canons;
using Signpost.Matching;

namespace Signpost.Rendering;

/// <summary>The JSON shape of lookup results, shared by the CLI, the HTTP API and MCP.</summary>
public static class ResultJson
{
    /// <summary>The entry files' conventions (snake_case, readable Chinese), on one line, tolerant on read.</summary>
    public static readonly JsonSerializerOptions Options = new(CanonJson.Options)
    {
        WriteIndented = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ResultJsonContext.Default, CanonJson.Options.TypeInfoResolver),
    };

    private static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    public static string Write(MatchResult result, bool indented = false) => Write(result, indented ? Indented : Options);

    /// <summary>Writes corpus counts (<c>signpost stats --format json</c>) in the same conventions.</summary>
    public static string Write(DomainStats stats) => Write(stats, Options);

    // Through generated metadata only: the native CLI has no reflection-based serializer.
    private static string Write<T>(T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
}
