using Signpost.Canons;
using Signpost.Matching;

namespace Signpost.Tests.Matching;

public sealed class EntryFactsTests
{
    public static TheoryData<string> Signatures() => [.. ScenarioCorpus.Read<List<FactsCase>>("facts.json").Select(c => c.Signature)];

    [Theory]
    [MemberData(nameof(Signatures))]
    public void Class_names_are_told_from_the_message(string signature)
    {
        var c = ScenarioCorpus.Read<List<FactsCase>>("facts.json").Single(x => x.Signature == signature);
        var facts = EntryFacts.Of(new Canon
        {
            Id = "test/facts",
            Signature = signature,
            Domain = "test",
            Figures = new Figures(),
            RootCause = "",
            Provenance = new Provenance(),
        });

        Assert.Equal(c.HasMessage, facts.HasMessage);
        Assert.Equal(c.ClassWords.Order(StringComparer.Ordinal), facts.ClassWords.Values.SelectMany(w => w).Distinct().Order(StringComparer.Ordinal));
    }

    private sealed record FactsCase(string Signature, bool HasMessage, List<string> ClassWords);
}
