namespace Signpost.Matching;

/// <summary>An error code found in text (<c>TS2322</c>, <c>ENOSPC</c>, <c>http403</c>) and its family (<c>TS</c>, <c>errno-name</c>, <c>http</c>).</summary>
internal sealed record ErrorCode(string Family, string Value);
