namespace Signpost.Web.Api;

/// <summary>The body of POST /api/v1/outcomes: <c>{"entry", "workaround" (0 = first), "worked", "env", "note"}</c>.</summary>
public sealed record OutcomeBody(string? Entry, int? Workaround, bool? Worked, Dictionary<string, string>? Env, string? Note);
