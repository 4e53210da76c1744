using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Signpost.Web.Tests.Pages;

/// <summary>
/// Headless Chromium from the Debian packages (<c>chromium</c>, <c>chromium-driver</c>); paths from
/// <c>SIGNPOST_TEST_CHROMIUM</c> and <c>SIGNPOST_TEST_CHROMEDRIVER</c> when set. A fresh profile each time.
/// </summary>
internal sealed class Chromium : IDisposable
{
    private readonly string _profile = Directory.CreateTempSubdirectory("signpost-chromium-").FullName;

    public Chromium()
    {
        var browser = Environment.GetEnvironmentVariable("SIGNPOST_TEST_CHROMIUM") ?? "/usr/bin/chromium";
        var driverPath = Environment.GetEnvironmentVariable("SIGNPOST_TEST_CHROMEDRIVER") ?? "/usr/bin/chromedriver";
        var options = new ChromeOptions { BinaryLocation = browser };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-US", $"--user-data-dir={_profile}");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driverPath)!, Path.GetFileName(driverPath));
        service.SuppressInitialDiagnosticInformation = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().ImplicitWait = TimeSpan.FromSeconds(10);
    }

    public ChromeDriver Driver { get; }

    /// <summary>Sizes the window to the whole page (or <paramref name="width"/> wide) and saves a PNG.</summary>
    public void Screenshot(string path, int width = 1280)
    {
        Driver.Manage().Window.Size = new System.Drawing.Size(width, 900);
        var height = Convert.ToInt32(Driver.ExecuteScript("return document.documentElement.scrollHeight;"), System.Globalization.CultureInfo.InvariantCulture);
        Driver.Manage().Window.Size = new System.Drawing.Size(width, Math.Min(height, 6000));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Driver.GetScreenshot().SaveAsFile(path);
        Driver.Manage().Window.Size = new System.Drawing.Size(1280, 900);
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        Directory.Delete(_profile, recursive: true);
    }
}
