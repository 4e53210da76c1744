using Signpost.Canons;

namespace Signpost.Web.Pages;

/// <summary>What every page needs to render: its language, how to link, the entries, and where it is served.</summary>
/// <param name="Text">Interface strings of the page's language.</param>
/// <param name="Links">Server links or static-export links.</param>
/// <param name="Snapshot">The entries and matcher the page is rendered from, taken once per request.</param>
/// <param name="BaseUrl">Scheme and host for canonical links and the sitemap; empty when unknown.</param>
internal sealed record PageContext(SiteText Text, SiteLinks Links, KnowledgeBase.Snapshot Snapshot, string BaseUrl)
{
    public Corpus Corpus => Snapshot.Corpus;

    public string Lang => Text.Lang;

    /// <summary>A live server can look up pasted logs and take reports; a static export cannot.</summary>
    public bool IsLive => !Links.IsStatic;

    /// <summary>The href of a language-neutral path in this page's language.</summary>
    public string Href(string path) => Links.Href(SiteLinks.InLang(path, Lang));

    /// <summary>The href of a path that is the same in every language (JSON, assets).</summary>
    public string HrefRaw(string sitePath) => Links.Href(sitePath);

    public string Absolute(string sitePath) => BaseUrl.Length == 0 ? sitePath : BaseUrl.TrimEnd('/') + sitePath;

    public PageContext InLanguage(string lang) => this with { Text = SiteText.For(lang) };
}
