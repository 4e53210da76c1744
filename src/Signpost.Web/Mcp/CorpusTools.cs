using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Signpost.Browsing;
using Signpost.Canons;

namespace Signpost.Web.Mcp;

/// <summary>search_errors, list_domains, list_errors_by_domain, get_domain_stats: finding one's way around.</summary>
[McpServerToolType]
public sealed class CorpusTools(KnowledgeBase kb)
{
    [McpServerTool(Name = "search_errors", Title = "Search entries", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(SearchResult))]
    [Description("""
        Search entries by keywords (a tool, an error code, a symptom: "docker permission denied", "E0502", "oidc 403").
        Use it when you have no error text to paste; with an actual error message, lookup_error ranks better.
        Returns entry ids with titles, domains and fix rates, best first.
        """)]
    public CallToolResult SearchErrors(
        [Description("Keywords or a short error text.")] string query,
        [Description("How many results at most, 1..100 (default 10).")] int limit = 10)
    {
        if (string.IsNullOrWhiteSpace(query) || limit is < 1 or > 100)
        {
            return ToolAnswer.Error("query must not be empty and limit must be between 1 and 100.");
        }
        var result = EntrySearch.Search(kb, query, limit);
        return ToolAnswer.Of(result, ToolMarkdown.Summaries($"Search: {query}", result.Results));
    }

    [McpServerTool(Name = "list_domains", Title = "List domains", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(DomainList))]
    [Description("List the domains Signpost covers (python, docker, kubernetes, ...) with how many entries each holds. Use it to see what Signpost knows about before browsing with list_errors_by_domain.")]
    public CallToolResult ListDomains()
    {
        var domains = DomainList.Of(kb.Corpus);
        return ToolAnswer.Of(domains, ToolMarkdown.Domains(domains));
    }

    [McpServerTool(Name = "list_errors_by_domain", Title = "List a domain's entries", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(EntryPage))]
    [Description("List the entries of one domain (from list_domains), a page at a time, optionally only those with a tag or a review status. Returns ids and titles; read one with get_error_detail.")]
    public CallToolResult ListErrorsByDomain(
        [Description("The domain, e.g. docker.")] string domain,
        [Description("Only entries with this tag, e.g. 403.")] string? tag = null,
        [Description("Only entries with this review status: ai_generated, human_reviewed or community_verified.")] string? status = null,
        [Description("1-based page number; 50 entries a page.")] int page = 1)
    {
        var query = new EntryQuery { Domain = domain, Tag = tag, Status = status, Page = page };
        if (query.Problem() is { } problem)
        {
            return ToolAnswer.Error(problem);
        }
        if (!kb.Corpus.Domains.Contains(domain))
        {
            return ToolAnswer.Error($"There is no domain '{domain}'. Call list_domains to see the domains.");
        }
        var result = query.Run(kb.Corpus);
        return ToolAnswer.Of(result, ToolMarkdown.Summaries($"{domain}: page {result.Page} of {result.Pages}, {result.Total} entries", result.Entries));
    }

    [McpServerTool(Name = "get_domain_stats", Title = "Domain statistics", ReadOnly = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(DomainStats))]
    [Description("Counts for one domain, or for the whole knowledge base when domain is omitted: entries, review status, categories, resolvability, mean fix rate, share translated to Chinese.")]
    public CallToolResult GetDomainStats(
        [Description("The domain, e.g. python; omit for every domain.")] string? domain = null)
    {
        var corpus = kb.Corpus;
        if (domain is not null && !corpus.Domains.Contains(domain))
        {
            return ToolAnswer.Error($"There is no domain '{domain}'. Call list_domains to see the domains.");
        }
        IEnumerable<Canon> entries = domain is null ? corpus.All : corpus.InDomain(domain);
        var stats = DomainStats.Of(domain, entries);
        return ToolAnswer.Of(stats, ToolMarkdown.Stats(stats));
    }
}
