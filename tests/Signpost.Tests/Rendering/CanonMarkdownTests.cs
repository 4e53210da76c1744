using Signpost.Canons;
using Signpost.Rendering;

namespace Signpost.Tests.Rendering;

public sealed class CanonMarkdownTests
{
    private static readonly Canon Seed = CanonJson.Read(TestFiles.Read("corpus", "policy", "github-actions-oidc-token-403-forbidden.json"));

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Seed_entry_renders_as_expected(string lang)
    {
        Expectation.Matches(CanonMarkdown.Render(Seed, lang), "Rendering", $"seed.{lang}.md");
    }

    [Theory]
    [InlineData("Fix Rate")]
    [InlineData("Confidence")]
    [InlineData("Evidence")]
    [InlineData("First Seen")]
    [InlineData("Version Compatibility")]
    [InlineData("GitHub Actions runner 2.315.0")]
    [InlineData("GitHub Enterprise Server 3.10")]
    [InlineData("GitHub REST API 2022-11-28")]
    [InlineData("Root Cause")]
    [InlineData("Official Documentation")]
    [InlineData("Workarounds")]
    [InlineData("85% success")]
    [InlineData("Dead Ends")]
    [InlineData("100% fail")]
    [InlineData("中文步骤")]
    [InlineData("Also available as: [JSON]")]
    public void Seed_entry_carries_every_element_of_the_seed_page(string element)
    {
        Assert.Contains(element, CanonMarkdown.Render(Seed), StringComparison.Ordinal);
    }

    [Fact]
    public void An_untranslated_entry_says_so_in_chinese_and_shows_english()
    {
        var untranslated = Seed with { Translations = [] };

        var md = CanonMarkdown.Render(untranslated, "zh");

        Assert.Contains(Labels.Get("Not translated", "zh"), md, StringComparison.Ordinal);
        Assert.Contains(Seed.RootCause, md, StringComparison.Ordinal);
    }
}
