using System.Globalization;

namespace Signpost.Canons;

/// <summary>The rules one entry must meet on its own.</summary>
public static class CanonRules
{
    private static readonly string[] Resolvable = ["true", "partial", "false"];

    public static IEnumerable<LoadProblem> Check(LoadedCanon loaded, string? root = null)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var c = loaded.Canon;
        var native = loaded.Format == CanonFormat.Signpost;
        var problems = new List<LoadProblem>();
        void Add(string path, string message) => problems.Add(new LoadProblem(loaded.File, path, message));

        if (!CanonId.IsValid(c.Id))
        {
            Add("$.id", $"'{c.Id}' is not an id: use domain/slug or domain/slug/env in lowercase [a-z0-9.-]");
        }
        else if (native && root is not null)
        {
            var expected = Path.Combine(root, c.Id + ".json");
            if (Path.GetFullPath(expected) != Path.GetFullPath(loaded.File))
            {
                Add("$.id", $"id '{c.Id}' does not match the file's path; move the file to {c.Id}.json");
            }
        }
        if (c.Domain != CanonId.DomainOf(c.Id))
        {
            Add("$.domain", $"domain '{c.Domain}' differs from the id's first part '{CanonId.DomainOf(c.Id)}'");
        }
        if (CanonId.ReservedDomains.Contains(c.Domain))
        {
            Add("$.domain", $"'{c.Domain}' is a route name and cannot be a domain");
        }
        Required(c.Signature, "$.signature", Add);
        Required(c.RootCause, native ? "$.root_cause" : "$.verdict.summary", Add);
        if (!Resolvable.Contains(c.Resolvable))
        {
            Add("$.resolvable", $"'{c.Resolvable}' is not one of true, partial, false");
        }
        if (!ReviewStatuses.All.Contains(c.Provenance.ReviewStatus))
        {
            Add("$.provenance.review_status", $"'{c.Provenance.ReviewStatus}' is not one of {string.Join(", ", ReviewStatuses.All)}");
        }
        Rate(c.Figures.FixRate, native ? "$.figures.fix_rate" : "$.verdict.fix_success_rate", Add);
        Rate(c.Figures.Confidence, native ? "$.figures.confidence" : "$.verdict.confidence", Add);
        if (c.Figures.EvidenceCount < 0)
        {
            Add(native ? "$.figures.evidence_count" : "$.metadata.evidence_count", "must not be negative");
        }
        Date(c.Figures.FirstSeen, native ? "$.figures.first_seen" : "$.error.first_seen", Add);
        Date(c.Figures.LastConfirmed, native ? "$.figures.last_confirmed" : "$.error.last_confirmed", Add);
        CheckLists(c, native, Add);
        PatternRules.Check(c, native, Add);
        if (native)
        {
            TranslationRules.Check(c, Add);
        }
        return problems;
    }

    private static void CheckLists(Canon c, bool native, Action<string, string> add)
    {
        if (c.Workarounds.Count == 0)
        {
            add(native ? "$.workarounds" : "$.workarounds", "missing: an entry needs at least one workaround");
        }
        for (var i = 0; i < c.Workarounds.Count; i++)
        {
            Required(c.Workarounds[i].Action, $"$.workarounds[{i}].action", add);
            Rate(c.Workarounds[i].SuccessRate, $"$.workarounds[{i}].success_rate", add);
        }
        for (var i = 0; i < c.DeadEnds.Count; i++)
        {
            Required(c.DeadEnds[i].Action, $"$.dead_ends[{i}].action", add);
            Required(c.DeadEnds[i].Why, native ? $"$.dead_ends[{i}].why" : $"$.dead_ends[{i}].why_fails", add);
            Rate(c.DeadEnds[i].FailRate, $"$.dead_ends[{i}].fail_rate", add);
        }
        var graph = native ? "$.transitions" : "$.transition_graph";
        for (var i = 0; i < c.Transitions.LeadsTo.Count; i++)
        {
            Rate(c.Transitions.LeadsTo[i].Probability, $"{graph}.leads_to[{i}].probability", add);
        }
        for (var i = 0; i < c.Transitions.PrecededBy.Count; i++)
        {
            Rate(c.Transitions.PrecededBy[i].Probability, $"{graph}.preceded_by[{i}].probability", add);
        }
        for (var i = 0; i < c.Docs.Count; i++)
        {
            if (!Uri.TryCreate(c.Docs[i].Url, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
            {
                add($"$.docs[{i}].url", $"'{c.Docs[i].Url}' is not an http(s) URL");
            }
        }
        for (var i = 0; i < c.Versions.Count; i++)
        {
            Required(c.Versions[i].Product, $"$.versions[{i}].product", add);
            Required(c.Versions[i].Version, $"$.versions[{i}].version", add);
        }
    }

    internal static void Required(string? value, string path, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            add(path, "missing: this field must not be empty");
        }
    }

    private static void Rate(double value, string path, Action<string, string> add)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
        {
            add(path, $"{value.ToString(CultureInfo.InvariantCulture)} is outside 0..1");
        }
    }

    private static void Date(string? value, string path, Action<string, string> add)
    {
        if (value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            add(path, $"'{value}' is not a date (yyyy-MM-dd)");
        }
    }
}
