using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using Signpost.Storage;

namespace Signpost.Web.Tests;

/// <summary>
/// The site over the repository's corpus plus the test entries in <c>Pages/Corpus</c>, with its
/// state in a temporary folder removed on dispose.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<TestSite>
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("signpost-site-data-");

    public static string RepositoryCorpus
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Signpost.slnx")))
            {
                dir = dir.Parent;
            }
            return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("Signpost.slnx not found above the test folder."), "corpus");
        }
    }

    public static string TestCorpus => Path.Combine(AppContext.BaseDirectory, "Pages", "Corpus");

    /// <summary>The site needs no content files; its content root is the test output folder.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseContentRoot(AppContext.BaseDirectory);
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(new KnowledgeBase(new CorpusSource([RepositoryCorpus, TestCorpus])));
            services.AddSingleton<StateStore>(_ => SqliteStateStore.InFolder(_data.FullName));
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _data.Delete(recursive: true);
    }
}
