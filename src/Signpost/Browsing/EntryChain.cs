using Signpost.Canons;

namespace Signpost.Browsing;

/// <summary>
/// What tends to come after an error and before it, walked through <c>leads_to</c> and
/// <c>preceded_by</c> up to a depth, plus the entries it is confused with.
/// </summary>
public sealed record EntryChain
{
    public const int DefaultDepth = 2;
    public const int MaxDepth = 5;

    public required string Id { get; init; }

    public required string Title { get; init; }

    public int Depth { get; init; }

    public List<ChainLink> LeadsTo { get; init; } = [];

    public List<ChainLink> PrecededBy { get; init; } = [];

    public List<ChainLink> ConfusedWith { get; init; } = [];

    public static EntryChain Walk(Corpus corpus, Canon start, int depth)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(start);
        depth = Math.Clamp(depth, 1, MaxDepth);
        return new EntryChain
        {
            Id = start.Id,
            Title = start.Signature,
            Depth = depth,
            LeadsTo = Follow(corpus, start, depth, "leads_to", c => c.Transitions.LeadsTo),
            PrecededBy = Follow(corpus, start, depth, "preceded_by", c => c.Transitions.PrecededBy),
            ConfusedWith = [.. start.Transitions.ConfusedWith.Select(c => new ChainLink
            {
                Id = c.Id,
                Title = corpus.Find(c.Id)?.Signature,
                Relation = "confused_with",
                From = start.Id,
                Depth = 1,
                Condition = c.Distinction,
            })],
        };
    }

    /// <summary>Breadth first, each entry once, so cycles in the graph end the walk.</summary>
    private static List<ChainLink> Follow(Corpus corpus, Canon start, int depth, string relation, Func<Canon, List<Transition>> steps)
    {
        var links = new List<ChainLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var frontier = new List<(Canon Canon, double Probability)> { (start, 1.0) };
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            var next = new List<(Canon, double)>();
            foreach (var (canon, probability) in frontier)
            {
                foreach (var step in steps(canon).Where(s => seen.Add(s.Id)))
                {
                    var target = corpus.Find(step.Id);
                    var pathProbability = probability * step.Probability;
                    links.Add(new ChainLink
                    {
                        Id = step.Id,
                        Title = target?.Signature,
                        Relation = relation,
                        From = canon.Id,
                        Depth = level,
                        Probability = Math.Round(pathProbability, 4),
                        Condition = step.Condition,
                    });
                    if (target is not null)
                    {
                        next.Add((target, pathProbability));
                    }
                }
            }
            frontier = next;
        }
        return links;
    }
}
