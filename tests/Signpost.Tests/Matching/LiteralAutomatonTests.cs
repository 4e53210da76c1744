using Signpost.Matching;

namespace Signpost.Tests.Matching;

public sealed class LiteralAutomatonTests
{
    [Fact]
    public void Automaton_reports_every_occurrence_a_naive_search_finds()
    {
        string[] literals = ["he", "she", "his", "hers", "error", "rror:", "no space left", "e"];
        var text = "ushers say: error: no space left; she hers his herror";
        var automaton = LiteralAutomaton.Build(literals);
        var found = new List<(int, int)>();

        automaton.Scan(text, ref found, static (ref list, literal, end) => list.Add((literal, end)));

        var expected = new List<(int, int)>();
        for (var l = 0; l < literals.Length; l++)
        {
            for (var at = text.IndexOf(literals[l], StringComparison.Ordinal); at >= 0; at = text.IndexOf(literals[l], at + 1, StringComparison.Ordinal))
            {
                expected.Add((l, at + literals[l].Length - 1));
            }
        }
        Assert.Equal(expected.Order(), found.Order());
    }

    [Fact]
    public void A_literal_listed_twice_is_reported_once_as_its_first_listing()
    {
        var automaton = LiteralAutomaton.Build(["timeout", "oom", "timeout", ""]);
        var found = new List<(int, int)>();

        automaton.Scan("oom after timeout", ref found, static (ref list, literal, end) => list.Add((literal, end)));

        Assert.Equal([(1, 2), (0, 16)], found);
    }
}
