namespace Signpost.Canons;

/// <summary>
/// Checks loaded entries against the rules of the format: each problem names the file, the JSON
/// path and what is wrong. Rules for single entries live in <see cref="CanonRules"/>; this type adds
/// the rules that need the whole corpus (duplicate ids, links to unknown ids).
/// </summary>
public static class CorpusValidator
{
    public static IReadOnlyList<LoadProblem> Validate(CorpusLoad load, IReadOnlyList<string>? roots = null)
    {
        ArgumentNullException.ThrowIfNull(load);
        var problems = new List<LoadProblem>(load.Problems.Where(p => p.Severity == ProblemSeverity.Error));
        var known = new HashSet<string>(load.Loaded.Select(l => l.Canon.Id), StringComparer.Ordinal);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var loaded in load.Loaded)
        {
            if (!seen.TryAdd(loaded.Canon.Id, loaded.File))
            {
                problems.Add(new LoadProblem(loaded.File, "$.id", $"duplicate id '{loaded.Canon.Id}', also in {seen[loaded.Canon.Id]}"));
            }
            problems.AddRange(CanonRules.Check(loaded, RootOf(loaded.File, roots)));
            problems.AddRange(Links(loaded, known));
        }
        return problems;
    }

    private static IEnumerable<LoadProblem> Links(LoadedCanon loaded, HashSet<string> known)
    {
        var t = loaded.Canon.Transitions;
        var links = t.LeadsTo.Select((x, i) => (x.Id, Path: $"$.transitions.leads_to[{i}].id"))
            .Concat(t.PrecededBy.Select((x, i) => (x.Id, Path: $"$.transitions.preceded_by[{i}].id")))
            .Concat(t.ConfusedWith.Select((x, i) => (x.Id, Path: $"$.transitions.confused_with[{i}].id")));
        Func<string, string>? names = loaded.Format == CanonFormat.DeadendsErrorCanon ? DeadendsPaths : null;
        foreach (var (id, path) in links)
        {
            if (!known.Contains(id))
            {
                yield return new LoadProblem(loaded.File, names?.Invoke(path) ?? path, $"links to unknown id '{id}'");
            }
        }
    }

    private static string DeadendsPaths(string path) => path
        .Replace("$.transitions.", "$.transition_graph.", StringComparison.Ordinal)
        .Replace("confused_with", "frequently_confused_with", StringComparison.Ordinal)
        .Replace("].id", "].error_id", StringComparison.Ordinal);

    private static string? RootOf(string file, IReadOnlyList<string>? roots) =>
        roots?.Select(Path.GetFullPath).FirstOrDefault(r => Path.GetFullPath(file).StartsWith(r.TrimEnd('/') + "/", StringComparison.Ordinal));
}
