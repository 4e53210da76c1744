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
        if (log.Lines.Count == 1)
        {
            // One line (most queries): one episode at most, of the answers found on it.
            var members = answered.Where(c => c.Line >= 0).Take(Math.Max(1, top)).ToList();
            var number = log.Lines[0].Number;
            return members.Count == 0 ? [] : [new Episode { FirstLine = number, LastLine = number, Matches = [.. members.Select(describe)] }];
        }
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
        var ordered = groups.OrderBy(g => g.First).ToList();
        var ids = ordered.Select(g => index.Entries[g.Members[0].Entry].Canon).ToList();
        ordered = [.. ordered.Select((g, i) => (g, Rank: RootRank(ids, i))).OrderBy(x => x.Rank).ThenBy(x => x.g.First).Select(x => x.g)];
        return [.. ordered.Select(g => new Episode
        {
            FirstLine = g.First,
            LastLine = g.Last,
            Matches = [.. g.Members.Take(Math.Max(1, top)).Select(describe)],
        })];
    }

    /// <summary>An episode whose entry another episode's entry leads to comes after that one.</summary>
    private static int RootRank(List<Canons.Canon> tops, int i)
    {
        var id = tops[i].Id;
        return tops.Where((t, j) => j != i && t.Transitions.LeadsTo.Any(l => l.Id == id)).Any() ? 1 : 0;
    }
}
