using Signpost.Web.Pages;

namespace Signpost.Web.Tests.Pages;

public sealed class SiteTextTests
{
    [Fact]
    public void Every_language_has_every_interface_string()
    {
        var english = SiteText.For(SiteText.English).Keys.Order(StringComparer.Ordinal).ToList();

        foreach (var lang in SiteText.Languages)
        {
            Assert.Equal(english, SiteText.For(lang).Keys.Order(StringComparer.Ordinal).ToList());
        }
    }

    [Fact]
    public void Static_links_are_relative_to_the_file_being_written()
    {
        var links = SiteLinks.StaticFrom("/zh/policy/some-entry");

        Assert.Equal("../../../policy/some-entry.json", links.Href("/policy/some-entry.json"));
        Assert.Equal("../../../zh/policy/index.html", links.Href("/zh/policy/"));
        Assert.Equal("../../../index.html", links.Href("/"));
        Assert.Equal("index.html", SiteLinks.StaticFrom("/").Href("/"));
    }
}
