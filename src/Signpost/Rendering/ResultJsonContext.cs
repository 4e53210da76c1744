using System.Text.Json;
using System.Text.Json.Serialization;
using Signpost.Browsing;
using Signpost.Matching;

namespace Signpost.Rendering;

/// <summary>
/// Lookup result metadata generated at compile time, so writing a result needs no reflection or
/// emitted accessors; the settings mirror <see cref="ResultJson.Options"/>. Results are written,
/// not read: a reader of JSON that omits a list would get null there, not an empty list.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(MatchResult))]
[JsonSerializable(typeof(DomainStats))]
internal sealed partial class ResultJsonContext : JsonSerializerContext;
