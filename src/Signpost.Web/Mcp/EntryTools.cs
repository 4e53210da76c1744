using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Signpost.Browsing;
using Signpost.Rates;
using Signpost.Rendering;
using Signpost.Web.Api;

namespace Signpost.Web.Mcp;

/// <summary>get_error_detail and get_error_chain: one entry in full, and what comes before and after it.</summary>
[McpServerToolType]
public sealed class EntryTools(KnowledgeBase kb)
{
    [McpServerTool(Name = "get_error_detail", Title = "Read an entry", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(EntryDocument))]
    [Description("""
        Read one entry in full by its id (from lookup_error or search_errors), e.g. policy/github-actions-oidc-token-403-forbidden.
        Returns the root cause, every workaround with steps, success rate, condition and tradeoff, every dead end with why it fails,
        affected versions, official documentation links, and related entries. Call it before applying a workaround.
        """)]
    public async Task<CallToolResult> GetErrorDetail(
        [Description("The entry id: domain/slug or domain/slug/env.")] string id,
        [Description("Language of the text: en (default) or zh (Chinese; English where a field is not translated).")] string lang = "en",
        [Description("Text form: markdown (default, compact) or json (the entry file format).")] string format = "markdown",
        IServiceProvider? services = null,
        CancellationToken cancellationToken = default)
    {
        if (lang is not ("en" or "zh"))
        {
            return ToolAnswer.Error($"lang must be 'en' or 'zh', not '{lang}'.");
        }
        if (format is not ("markdown" or "json"))
        {
            return ToolAnswer.Error($"format must be 'markdown' or 'json', not '{format}'.");
        }
        if (kb.Corpus.Find(id) is not { } canon)
        {
            return ToolAnswer.Error(UnknownId(id));
        }
        var document = await EntryDocument.OfAsync(canon, lang, services?.GetService<LiveFigures>(), cancellationToken).ConfigureAwait(false);
        var text = format == "json" ? JsonSerializer.Serialize(document, WireJson.Options) : CanonMarkdown.Render(canon, lang);
        return ToolAnswer.Of(document, text);
    }

    [McpServerTool(Name = "get_error_chain", Title = "What comes next", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(EntryChain))]
    [Description("""
        After fixing an error, call this to see which errors usually come next (leads_to), which usually come before it
        (preceded_by, often the real cause), and which errors it is confused with and how to tell them apart.
        Each step has the probability of the path from this entry; depth limits how many steps are followed.
        """)]
    public CallToolResult GetErrorChain(
        [Description("The entry id: domain/slug or domain/slug/env.")] string id,
        [Description("How many steps to follow, 1..5 (default 2).")] int depth = EntryChain.DefaultDepth)
    {
        if (depth is < 1 or > EntryChain.MaxDepth)
        {
            return ToolAnswer.Error($"depth must be between 1 and {EntryChain.MaxDepth}, not {depth}.");
        }
        var corpus = kb.Corpus;
        if (corpus.Find(id) is not { } canon)
        {
            return ToolAnswer.Error(UnknownId(id));
        }
        var chain = EntryChain.Walk(corpus, canon, depth);
        return ToolAnswer.Of(chain, ToolMarkdown.Chain(chain));
    }

    internal static string UnknownId(string id) =>
        $"No entry has the id '{id}'. Ids look like 'domain/slug'; use lookup_error with the error text or search_errors with keywords to find one.";
}
