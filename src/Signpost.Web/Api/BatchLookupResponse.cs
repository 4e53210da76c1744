using Signpost.Matching;

namespace Signpost.Web.Api;

/// <summary>One lookup result per batch item, in order.</summary>
public sealed record BatchLookupResponse(List<MatchResult> Results);
