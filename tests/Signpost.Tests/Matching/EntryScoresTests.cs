using Signpost.Matching;

namespace Signpost.Tests.Matching;

public sealed class EntryScoresTests
{
    [Fact]
    public void Sums_are_kept_per_entry_in_the_order_entries_were_first_scored()
    {
        var scores = EntryScores.ForThread(4);

        scores.Add(70_000, 1.5f);
        scores.Add(3, 2f);
        scores.Add(70_000, 0.25f);
        var listed = Enumerable.Range(0, scores.Count).Select(i => (scores.EntryAt(i), scores.SumAt(i))).ToList();
        scores.Clear();

        Assert.Equal([(70_000, 1.75f), (3, 2f)], listed);
    }

    [Fact]
    public void An_entry_nothing_scored_has_zero_and_a_cleared_table_is_empty()
    {
        var scores = EntryScores.ForThread(2);
        scores.Add(5, 1f);

        Assert.Equal(0f, scores[6]);
        Assert.Equal(1f, scores[5]);
        scores.Clear();
        Assert.Equal(0, scores.Count);
        Assert.Equal(0f, scores[5]);
    }

    [Fact]
    public void Thousands_of_entries_keep_their_own_sums()
    {
        var scores = EntryScores.ForThread(5000);
        var entries = Enumerable.Range(0, 5000).Select(i => i * 1024).ToList();

        foreach (var entry in entries)
        {
            scores.Add(entry, entry / 1024f);
        }
        var sums = entries.Select(e => scores[e]).ToList();
        var count = scores.Count;
        scores.Clear();

        Assert.Equal(5000, count);
        Assert.Equal(entries.Select(e => e / 1024f), sums);
    }
}
