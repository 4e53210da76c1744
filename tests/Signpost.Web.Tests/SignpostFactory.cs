using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Canons;

namespace Signpost.Web.Tests;

/// <summary>The web host in memory, over the test corpus: three linked entries and the seed entry.</summary>
public sealed class SignpostFactory : WebApplicationFactory<TestSite>
{
    public static readonly string CorpusDirectory = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static Corpus Corpus { get; } = new CorpusSource([CorpusDirectory]).Load().ToCorpus();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services => services.AddSingleton(new KnowledgeBase(new CorpusSource([CorpusDirectory]))));
    }
}
