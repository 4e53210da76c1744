using Signpost.Canons;

namespace Signpost.Tests.Canons;

public sealed class CanonJsonTests
{
    [Fact]
    public void Seed_entry_survives_a_round_trip()
    {
        var json = TestFiles.Read("corpus", "policy", "github-actions-oidc-token-403-forbidden.json");

        var canon = CanonJson.Read(json);
        var again = CanonJson.Read(CanonJson.Write(canon));

        Assert.Equal(CanonJson.Write(canon), CanonJson.Write(again));
        Assert.Equal(canon.Id, again.Id);
        Assert.Equal(3, again.Workarounds.Count);
        Assert.Equal(0.85, again.Workarounds[0].SuccessRate);
        Assert.Equal(canon.Translations["zh"].RootCause, again.Translations["zh"].RootCause);
    }

    [Fact]
    public void Written_json_keeps_chinese_readable_and_snake_case()
    {
        var canon = CanonJson.Read(TestFiles.Read("corpus", "policy", "github-actions-oidc-token-403-forbidden.json"));

        var json = CanonJson.Write(canon);

        Assert.Contains("\"root_cause\"", json, StringComparison.Ordinal);
        Assert.Contains("令牌", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Built_in_corpus_holds_the_seed_entry()
    {
        var corpus = CorpusLoader.LoadBuiltIn().ToCorpus();

        Assert.NotNull(corpus.Find("policy/github-actions-oidc-token-403-forbidden"));
    }
}
