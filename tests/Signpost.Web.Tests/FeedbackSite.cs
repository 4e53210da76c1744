using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Storage;

namespace Signpost.Web.Tests;

/// <summary>
/// The real host over a writable copy of the seed corpus and a SQLite store in a temporary folder.
/// A second instance on the same folders is the same site after a restart.
/// </summary>
public sealed class FeedbackSite : WebApplicationFactory<TestSite>
{
    public const string SeedId = "policy/github-actions-oidc-token-403-forbidden";

    /// <summary>The /submit form's fields for an error the test corpus lacks; its draft becomes <see cref="DraftId"/>.</summary>
    public static FormUrlEncodedContent DraftForm() => new(new Dictionary<string, string>
    {
        ["signature"] = "fatal: frobnicator lost its bearings (code 17)",
        ["example"] = "step 3/9\nfatal: frobnicator lost its bearings (code 17)\nexit status 1",
        ["domain"] = "tools",
    });

    public const string DraftId = "tools/fatal-frobnicator-lost-its-bearings-code-17";

    public FeedbackSite(FeedbackFolders folders) => Folders = folders;

    public FeedbackFolders Folders { get; }

    public StateStore Store => Services.GetRequiredService<StateStore>();

    public KnowledgeBase Knowledge => Services.GetRequiredService<KnowledgeBase>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Production");
        builder.UseSetting("Signpost:WritesPerMinute", "100000");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(new KnowledgeBase(new CorpusSource([Folders.Corpus])));
            services.AddSingleton<StateStore>(_ => SqliteStateStore.InFolder(Folders.Data));
        });
    }
}

/// <summary>A corpus folder holding the seed entry and an empty data folder, removed on dispose.</summary>
public sealed class FeedbackFolders : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("signpost-feedback-");

    public FeedbackFolders()
    {
        var seed = Path.Combine(Corpus, "policy");
        Directory.CreateDirectory(seed);
        File.Copy(Path.Combine(SiteFactory.RepositoryCorpus, "policy", "github-actions-oidc-token-403-forbidden.json"), Path.Combine(seed, "github-actions-oidc-token-403-forbidden.json"));
    }

    public string Corpus => Path.Combine(_root.FullName, "corpus");

    public string Data => Path.Combine(_root.FullName, "data");

    public void Dispose() => _root.Delete(recursive: true);
}
