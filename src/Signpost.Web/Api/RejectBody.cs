namespace Signpost.Web.Api;

/// <summary>The body of a rejection: why, in words the submitter can act on.</summary>
public sealed record RejectBody(string? Reason);
