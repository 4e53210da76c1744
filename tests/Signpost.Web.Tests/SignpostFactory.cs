using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Canons;
using Signpost.Storage;

namespace Signpost.Web.Tests;

/// <summary>
/// The web host in memory, over the test corpus (three linked entries and the seed entry), with
/// its state in a fresh SQLite file of its own.
/// </summary>
public sealed class SignpostFactory : WebApplicationFactory<TestSite>
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("signpost-web-tests-");

    public static readonly string CorpusDirectory = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static Corpus Corpus { get; } = new CorpusSource([CorpusDirectory]).Load().ToCorpus();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(new KnowledgeBase(new CorpusSource([CorpusDirectory])));
            services.AddSingleton(_ => StateStore.Open(new SignpostOptions { Data = _data.FullName }));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // Both Dispose and DisposeAsync end here; the folder goes once.
        if (disposing && Directory.Exists(_data.FullName))
        {
            _data.Delete(recursive: true);
        }
    }
}
