namespace Signpost.Matching;

/// <summary>
/// Splits a log into failure episodes: answered candidates whose evidence sits on nearby lines
/// describe one failure; candidates far apart describe separate ones. Episodes come in log order,
/// except that an episode an earlier one's entry says it leads to stays after it: the root cause comes first.
/// </summary>
internal static class EpisodeFinder
{
    /// <summary>Evidence lines at most this far apart belong to one episode.</summary>
    private const int Reach = 3;

    public static List<Episode> Split(LogView log, List<Candidate> answered, MatchIndex index, int top, Func<Candidate, EntryMatch> describe)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(answered);
        ArgumentNullException.ThrowIfNull(describe);
        var groups = new List<(int First, int Last, List<Candidate> Members)>();
        foreach (var candidate in answered.Where(c => c.Line >= 0))
        {
            var line = log.Lines[candidate.Line].Number;
            var group = groups.FindIndex(g => line >= g.First - Reach && line <= g.Last + Reach);
            if (group < 0)
            {
                groups.Add((line, line, [candidate]));
                continue;
            }
            var (first, last, members) = groups[group];
            members.Add(candidate);
            groups[group] = (Math.Min(first, line), Math.Max(last, line), members);
        }
        // One episode (a one-line text, a log with one failure) has nothing to order.
        var ordered = groups.Count < 2 ? groups : Ordered(groups, index);
        return [.. ordered.Select(g => new Episode
        {
            FirstLine = g.First,
            LastLine = g.Last,
            Matches = [.. g.Members.Take(Math.Max(1, top)).Select(describe)],
        })];
    }

    /// <summary>The groups in log order, except that a root cause comes before the episodes it leads to.</summary>
    private static List<(int First, int Last, List<Candidate> Members)> Ordered(List<(int First, int Last, List<Candidate> Members)> groups, MatchIndex index)
    {
        var ordered = groups.OrderBy(g => g.First).ToList();
        var ids = ordered.Select(g => index.Entries[g.Members[0].Entry].Canon).ToList();
        return [.. ordered.Select((g, i) => (g, Rank: RootRank(ids, i))).OrderBy(x => x.Rank).ThenBy(x => x.g.First).Select(x => x.g)];
    }

    /// <summary>An episode whose entry another episode's entry leads to comes after that one.</summary>
    private static int RootRank(List<Canons.Canon> tops, int i)
    {
        var id = tops[i].Id;
        return tops.Where((t, j) => j != i && t.Transitions.LeadsTo.Any(l => l.Id == id)).Any() ? 1 : 0;
    }
}
