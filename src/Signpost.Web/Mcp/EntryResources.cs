using System.ComponentModel;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Signpost.Rendering;

namespace Signpost.Web.Mcp;

/// <summary>Every entry as a resource, <c>signpost://entries/{id}</c>, in Markdown.</summary>
[McpServerResourceType]
public sealed class EntryResources(KnowledgeBase kb)
{
    public const string Scheme = "signpost://entries/";

    [McpServerResource(UriTemplate = Scheme + "{+id}", Name = "entry", Title = "Signpost entry", MimeType = "text/markdown")]
    [Description("A Signpost entry in Markdown: root cause, workarounds with success rates, dead ends, versions, docs. The id is domain/slug, e.g. signpost://entries/policy/github-actions-oidc-token-403-forbidden.")]
    public TextResourceContents Entry(string id)
    {
        var canon = kb.Corpus.Find(id) ?? throw new McpException(EntryTools.UnknownId(id));
        return new TextResourceContents
        {
            Uri = Scheme + canon.Id,
            MimeType = "text/markdown",
            Text = CanonMarkdown.Render(canon),
        };
    }
}
