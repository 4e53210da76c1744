using System.ComponentModel;
using Microsoft.Extensions.AI;
using ModelContextProtocol.Server;

namespace Signpost.Web.Mcp;

/// <summary>triage_log: a prompt that hands the model a failing log with what Signpost knows about it.</summary>
[McpServerPromptType]
public sealed class TriagePrompts(KnowledgeBase kb)
{
    [McpServerPrompt(Name = "triage_log", Title = "Triage a failing log")]
    [Description("Triage a failing build, test or CI log: Signpost's known entries for it come attached, with fixes to try and dead ends to skip.")]
    public ChatMessage TriageLog(
        [Description("The log or error output, as printed.")] string log)
    {
        var snapshot = kb.Current;
        var known = ToolMarkdown.Lookup(snapshot.Matcher.Match(log), snapshot.Corpus);
        return new ChatMessage(ChatRole.User, $"""
            Triage this failing log. Find the first real error (not its consequences), say what caused it, and fix it.
            Signpost's known entries for it are below, best first. Prefer a workaround with a high success rate whose condition
            fits this environment; never try a listed dead end. If Signpost found nothing, analyse the log yourself.
            Read an entry in full with get_error_detail, see what usually follows with get_error_chain, and once you know
            whether a workaround worked, call report_outcome so the rates improve.

            ## Log

            ```
            {log}
            ```

            ## Signpost

            {known}
            """);
    }
}
