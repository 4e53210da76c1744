using Signpost.Canons;
using Signpost.Matching;

namespace Signpost.Tests.Corpus;

/// <summary>The built-in corpus agrees with itself: examples find their own entry, overlaps are declared.</summary>
public sealed class CorpusConsistencyTests
{
    private static readonly Signpost.Canons.Corpus Entries = CorpusLoader.LoadBuiltIn().ToCorpus();
    private static readonly Matcher Matcher = Matcher.Build(Entries);

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var canon in Entries.All)
        {
            for (var i = 0; i < canon.Examples.Count; i++)
            {
                data.Add(canon.Id, i);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_ranks_its_own_entry_first(string id, int example)
    {
        var text = Entries.Find(id)!.Examples[example].Text;

        var result = Matcher.Match(text);

        Assert.NotEmpty(result.Matches);
        Assert.Equal(id, result.Matches[0].Id);
    }

    [Fact]
    public void A_pattern_that_matches_another_entrys_example_declares_the_confusion()
    {
        var undeclared = new List<string>();
        foreach (var canon in Entries.All)
        {
            var patterns = canon.Patterns.Select(p => PatternCompiler.TryCompileForCheck(p).Regex).OfType<System.Text.RegularExpressions.Regex>().ToList();
            foreach (var other in Entries.All.Where(o => o.Id != canon.Id))
            {
                var overlaps = other.Examples.Any(e => patterns.Any(p => PatternCompiler.IsMatch(p, e.Text)));
                if (overlaps && !Declares(canon, other) && !Declares(other, canon))
                {
                    undeclared.Add($"{canon.Id} matches an example of {other.Id}");
                }
            }
        }

        Assert.True(undeclared.Count == 0, "declare these in transitions.confused_with:\n" + string.Join("\n", undeclared));
    }

    [Fact]
    public void Every_transition_resolves_to_an_entry()
    {
        var dangling = Entries.All.SelectMany(c => c.Transitions.LeadsTo.Select(t => t.Id)
                .Concat(c.Transitions.PrecededBy.Select(t => t.Id))
                .Concat(c.Transitions.ConfusedWith.Select(t => t.Id))
                .Where(id => Entries.Find(id) is null)
                .Select(id => $"{c.Id} -> {id}"))
            .ToList();

        Assert.Empty(dangling);
    }

    private static bool Declares(Canon canon, Canon other) => canon.Transitions.ConfusedWith.Any(c => c.Id == other.Id);
}
