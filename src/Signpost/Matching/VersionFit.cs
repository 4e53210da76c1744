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
            // Each product is judged once, on all of its rows, at its first row.
            if (!versions.TryGetValue(entry.Products[i], out var known) || Array.IndexOf(entry.Products, entry.Products[i]) != i)
            {
                continue;
            }
            var product = entry.Products[i];
            var fixedRow = rows.Where((r, j) => r.Status == "fixed" && entry.Products[j] == product).FirstOrDefault();
            if (fixedRow is not null && VersionRange.Contains(">=" + fixedRow.Version.TrimStart('>', '='), known.Version) == true)
            {
                Set(candidate, $"fixed in {fixedRow.Version.TrimStart('>', '=')}", known.Stated ? NotAffectedStated : NotAffectedSeen);
                return;
            }
            if (Inside(rows, entry.Products, product, known.Version) is { } inside)
            {
                Set(candidate, inside ? "affected" : "not affected", inside ? Affected : known.Stated ? NotAffectedStated : NotAffectedSeen);
                return;
            }
        }
    }

    /// <summary>
    /// Whether the version falls in any of the product's affected (or active) rows: true as soon as
    /// one holds it, false when the rows that can be read all leave it out, null when none can be read.
    /// A product often has several rows (one per major line, or one per change), so no single row decides.
    /// </summary>
    private static bool? Inside(List<VersionRow> rows, string[] products, string product, string version)
    {
        bool? inside = null;
        for (var j = 0; j < rows.Count; j++)
        {
            if (products[j] != product || rows[j].Status is not ("affected" or "active"))
            {
                continue;
            }
            switch (VersionRange.Contains(rows[j].Version, version))
            {
                case true:
                    return true;
                case false:
                    inside = false;
                    break;
            }
        }
        return inside;
    }

    private static void Set(Candidate candidate, string verdict, double fit)
    {
        candidate.VersionVerdict = verdict;
        candidate.EnvFit = fit;
    }
}
