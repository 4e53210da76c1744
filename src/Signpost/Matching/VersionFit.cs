using Signpost.Canons;

namespace Signpost.Matching;

/// <summary>
/// Holds an entry's version rows against the versions known for a lookup: an entry whose rows
/// say the user's version is not affected ranks lower, and the match says "affected",
/// "not affected" or "fixed in X".
/// </summary>
internal static class VersionFit
{
    private const double Affected = 0.02;
    private const double NotAffectedStated = -0.12;
    private const double NotAffectedSeen = -0.04;

    public static void Apply(EntryFacts entry, IReadOnlyDictionary<string, (string Version, bool Stated)> versions, Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(candidate);
        if (versions.Count == 0)
        {
            return;
        }
        var rows = entry.Canon.Versions;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!versions.TryGetValue(entry.Products[i], out var known))
            {
                continue;
            }
            var fixedRow = rows.Where((r, j) => r.Status == "fixed" && entry.Products[j] == entry.Products[i]).FirstOrDefault();
            if (fixedRow is not null && VersionRange.Contains(">=" + fixedRow.Version.TrimStart('>', '='), known.Version) == true)
            {
                Set(candidate, $"fixed in {fixedRow.Version.TrimStart('>', '=')}", known.Stated ? NotAffectedStated : NotAffectedSeen);
                return;
            }
            if (row.Status is "affected" or "active" && VersionRange.Contains(row.Version, known.Version) is { } inside)
            {
                Set(candidate, inside ? "affected" : "not affected", inside ? Affected : known.Stated ? NotAffectedStated : NotAffectedSeen);
                return;
            }
        }
    }

    private static void Set(Candidate candidate, string verdict, double fit)
    {
        candidate.VersionVerdict = verdict;
        candidate.EnvFit = fit;
    }
}
