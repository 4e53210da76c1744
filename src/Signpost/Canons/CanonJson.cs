using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Signpost.Canons;

/// <summary>Reads and writes Signpost entry files (snake_case JSON, unknown fields refused).</summary>
public static class CanonJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        Converters = { new PooledStringConverter() },
        // Entries use the generated metadata; other types written with these options fall back to reflection,
        // except in the native (ahead-of-time compiled) CLI, which has no reflection-based serializer.
        TypeInfoResolver = JsonSerializer.IsReflectionEnabledByDefault
            ? JsonTypeInfoResolver.Combine(CanonJsonContext.Default, new DefaultJsonTypeInfoResolver())
            : CanonJsonContext.Default,
    };

    private static readonly JsonTypeInfo<Canon> CanonInfo = (JsonTypeInfo<Canon>)Options.GetTypeInfo(typeof(Canon));

    public static Canon Read(string json) =>
        JsonSerializer.Deserialize(json, CanonInfo)
        ?? throw new JsonException("the file holds null, not an entry object");

    public static Canon Read(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, CanonInfo)
        ?? throw new JsonException("the file holds null, not an entry object");

    public static string Write(Canon canon) => JsonSerializer.Serialize(canon, CanonInfo) + "\n";
}
