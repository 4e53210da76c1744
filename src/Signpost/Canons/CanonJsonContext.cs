using System.Text.Json;
using System.Text.Json.Serialization;

namespace Signpost.Canons;

/// <summary>
/// Entry metadata generated at compile time: loading the corpus then needs no reflection or
/// emitted code, which is most of what a cold <c>signpost lookup</c> process spent reading it.
/// The settings mirror <see cref="CanonJson.Options"/>. It passes null for an init-only property a file
/// omits, so the entry's records fall back to their defaults in their init accessors.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    WriteIndented = true,
    IndentSize = 2,
    AllowTrailingCommas = false,
    ReadCommentHandling = JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(Canon))]
internal sealed partial class CanonJsonContext : JsonSerializerContext;
