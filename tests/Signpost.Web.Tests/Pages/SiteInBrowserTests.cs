using Microsoft.AspNetCore.Builder;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Signpost.Web.Tests.Pages;

/// <summary>
/// The site as <c>signpost serve</c> runs it (real Kestrel, the repository's corpus) in real headless
/// Chromium; saves screenshots of the home page with results, the entry in English and Chinese, and the dashboard.
/// </summary>
public sealed class SiteInBrowserTests : IAsyncLifetime, IDisposable
{
    private const string CiLog = """
        2026-11-20T10:00:01.1Z ##[group]Run npm test
        2026-11-20T10:00:02.4Z > app@1.0.0 test
        2026-11-20T10:00:02.9Z Error: listen EADDRINUSE: address already in use :::3000
        2026-11-20T10:00:02.9Z     at Server.setupListenHandle [as _listen2] (node:net:1817:16)
        2026-11-20T10:00:03.0Z ##[endgroup]
        2026-11-20T10:00:04.2Z ##[group]Run aws-actions/configure-aws-credentials@v4
        2026-11-20T10:00:04.2Z   with:
        2026-11-20T10:00:04.2Z     role-to-assume: arn:aws:iam::123456789012:role/deploy
        2026-11-20T10:00:05.7Z ##[error]Error: Failed to request OIDC token: 403 Forbidden. The workflow is not allowed to request an OIDC token for this organization
        2026-11-20T10:00:05.8Z ##[error]Process completed with exit code 1.
        """;

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("signpost-browser-data-");
    private readonly WebApplication _site;
    private readonly Chromium _chromium = new();
    private string _root = "";

    public SiteInBrowserTests() => _site = SignpostWeb.Build(["--urls", "http://127.0.0.1:0"], o =>
    {
        o.Corpus = [SiteFactory.RepositoryCorpus];
        o.Data = _data.FullName;
    });

    public async Task InitializeAsync()
    {
        await _site.StartAsync();
        _root = _site.Urls.First().TrimEnd('/');
    }

    /// <summary>
    /// Where screenshots go: the folder in <c>SIGNPOST_SCREENSHOTS</c> (docs/screenshots to update the
    /// committed ones), else the test output folder, so a test run leaves the work tree clean.
    /// </summary>
    private static string Screenshots =>
        Environment.GetEnvironmentVariable("SIGNPOST_SCREENSHOTS") is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

    private ChromeDriver Browser => _chromium.Driver;

    [Fact]
    public void A_pasted_CI_log_leads_to_the_entry_in_English_and_Chinese_and_to_the_dashboard()
    {
        Browser.Navigate().GoToUrl(_root + "/");
        Browser.FindElement(By.Id("text")).SendKeys(CiLog);
        Browser.FindElement(By.CssSelector("form.paste button[type=submit]")).Click();

        var episodes = Browser.FindElements(By.CssSelector("section.episode"));
        Assert.Equal(2, episodes.Count);
        Assert.Contains("/node/eaddrinuse-address-already-in-use", episodes[0].FindElement(By.CssSelector("li.card h3 a")).GetAttribute("href"), StringComparison.Ordinal);
        var card = episodes[1].FindElement(By.CssSelector("li.card h3 a"));
        Assert.Contains("Failed to request OIDC token", card.Text, StringComparison.Ordinal);
        Assert.Contains("Why it matched:", episodes[1].FindElement(By.CssSelector("li.card .why")).Text, StringComparison.Ordinal);
        Assert.Contains("##[error]Error: Failed to request OIDC token", Browser.FindElement(By.Id("text")).GetAttribute("value"), StringComparison.Ordinal);
        _chromium.Screenshot(Path.Combine(Screenshots, "home-results.png"));

        card.Click();
        Assert.Equal("/policy/github-actions-oidc-token-403-forbidden", new Uri(Browser.Url).AbsolutePath);
        Assert.StartsWith("Error: Failed to request OIDC token: 403 Forbidden", Browser.FindElement(By.CssSelector("h1.signature")).Text, StringComparison.Ordinal);
        Assert.True(Browser.FindElement(By.CssSelector(".outcome")).Displayed, "the script reveals the report buttons");
        _chromium.Screenshot(Path.Combine(Screenshots, "entry-en.png"));

        Browser.FindElement(By.CssSelector("header a.lang-switch")).Click();
        Assert.Equal("/zh/policy/github-actions-oidc-token-403-forbidden", new Uri(Browser.Url).AbsolutePath);
        Assert.Equal("zh-Hans", Browser.FindElement(By.TagName("html")).GetAttribute("lang"));
        Assert.Equal("根本原因", Browser.FindElement(By.Id("root-cause")).Text);
        _chromium.Screenshot(Path.Combine(Screenshots, "entry-zh.png"));
        _chromium.Screenshot(Path.Combine(Screenshots, "entry-zh-phone.png"), width: 390);

        Browser.FindElement(By.LinkText("数据概览")).Click();
        Assert.Equal(6, Browser.FindElements(By.CssSelector("figure.chart svg")).Count);
        Browser.FindElement(By.CssSelector("header a.lang-switch")).Click();
        Assert.Equal("/dashboard", new Uri(Browser.Url).AbsolutePath);
        _chromium.Screenshot(Path.Combine(Screenshots, "dashboard.png"));
    }

    [Fact]
    public void Entry_page_fits_a_phone_screen_without_sideways_scrolling()
    {
        Browser.Manage().Window.Size = new System.Drawing.Size(390, 844);
        Browser.Navigate().GoToUrl(_root + "/policy/github-actions-oidc-token-403-forbidden");

        var overflow = (long)Browser.ExecuteScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")!;

        var wide = (string)Browser.ExecuteScript("""
            return Array.from(document.querySelectorAll('body *'))
              .filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible')
              .map(e => e.tagName + '.' + e.className).join(', ');
            """)!;
        Assert.True(overflow == 0, $"the page is {overflow}px wider than the screen; too wide: {wide}");
    }

    [Fact]
    public void Worked_for_me_is_recorded_and_counted_on_the_page()
    {
        Browser.Navigate().GoToUrl(_root + "/policy/github-actions-oidc-token-403-forbidden");
        Assert.Empty(Browser.FindElements(By.CssSelector("#workaround-2 .reports")));

        Browser.FindElement(By.CssSelector("#workaround-2 .outcome button[data-worked=true]")).Click();

        var status = Browser.FindElement(By.CssSelector("#workaround-2 .outcome-status"));
        new WebDriverWait(Browser, TimeSpan.FromSeconds(10)).Until(_ => status.Text.Length > 0);
        Assert.Equal("Thanks, your report was recorded.", status.Text);
        Browser.Navigate().Refresh();
        Assert.StartsWith("user reports: 1", Browser.FindElement(By.CssSelector("#workaround-2 .reports")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_buttons_say_so_when_reports_cannot_be_stored()
    {
        Browser.Navigate().GoToUrl(_root + "/policy/github-actions-oidc-token-403-forbidden");
        Browser.ExecuteScript("document.querySelector('#workaround-1 .outcome').dataset.entry = 'policy/no-such-entry';");

        Browser.FindElement(By.CssSelector("#workaround-1 .outcome button[data-worked=false]")).Click();

        var status = Browser.FindElement(By.CssSelector("#workaround-1 .outcome-status"));
        new WebDriverWait(Browser, TimeSpan.FromSeconds(10)).Until(_ => status.Text.Length > 0);
        Assert.Equal("Reports can't be recorded right now. Please try again later.", status.Text);
        Assert.True(Browser.FindElement(By.CssSelector("#workaround-1 .outcome button[data-worked=false]")).Enabled, "the buttons can be pressed again");
    }

    public async Task DisposeAsync()
    {
        await _site.StopAsync();
        await _site.DisposeAsync();
        _data.Delete(recursive: true);
    }

    public void Dispose() => _chromium.Dispose();
}
