using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Signpost.Matching;
using Signpost.Web.Api;

namespace Signpost.Web.Mcp;

/// <summary>lookup_error and batch_lookup: from an error text or a log to the known entries.</summary>
[McpServerToolType]
public sealed class LookupTools(KnowledgeBase kb)
{
    [McpServerTool(Name = "lookup_error", Title = "Look up an error", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(MatchResult))]
    [Description("""
        Call this FIRST whenever a command, build, test, install, deploy or CI job fails, before you guess a fix.
        Pass the error text or the whole log (the engine finds the failing lines itself; up to 1 MiB, longer keeps the tail).
        Returns the known entries best first, each with confidence and why it matched; the best one comes with its root cause,
        workarounds (with success rates and steps) and dead ends (approaches that do not work, with why): skip the dead ends.
        An empty list means Signpost knows no entry for this error: it abstains rather than guess, so fall back to your own analysis.
        Follow up with get_error_detail for the full entry, and report_outcome once you know whether a workaround worked.
        """)]
    public CallToolResult LookupError(
        [Description("The error message or log text, as printed.")] string text,
        [Description("Optional environment facts that sharpen ranking and version verdicts, e.g. {\"os\": \"linux\", \"node\": \"20.11.0\"}.")] Dictionary<string, string>? env = null,
        [Description("How many entries at most, 1..50 (default 5).")] int top = 5)
    {
        var request = new LookupRequest { Text = text, Env = env, Top = top };
        if (request.Problem() is { } problem)
        {
            return ToolAnswer.Error(problem);
        }
        var snapshot = kb.Current;
        var result = snapshot.Matcher.Match(text, request.ToOptions());
        return ToolAnswer.Of(result, ToolMarkdown.Lookup(result, snapshot.Corpus));
    }

    [McpServerTool(Name = "batch_lookup", Title = "Look up several errors", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(BatchLookupResponse))]
    [Description("""
        Look up several separate errors at once (at most 50), e.g. the failures of different jobs or test cases.
        For one log with several failures, call lookup_error once instead: it splits the log into episodes itself.
        Returns one result per item, in order, each like lookup_error's (an empty matches list means no known entry).
        """)]
    public CallToolResult BatchLookup(
        [Description("The lookups: objects with text and optional env and top.")] List<LookupRequest> items)
    {
        var request = new BatchLookupRequest { Items = items };
        if (request.Problem() is { } problem)
        {
            return ToolAnswer.Error(problem);
        }
        var snapshot = kb.Current;
        var response = new BatchLookupResponse([.. items.Select(i => snapshot.Matcher.Match(i.Text!, i.ToOptions()))]);
        var text = string.Join("\n", response.Results.Select((r, i) => $"### Item {i + 1}\n\n{ToolMarkdown.Lookup(r, snapshot.Corpus, detail: false)}"));
        return ToolAnswer.Of(response, text);
    }
}
