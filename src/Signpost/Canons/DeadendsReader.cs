using System.Globalization;
using System.Text.Json;

namespace Signpost.Canons;

/// <summary>
/// Reads deadends.dev ErrorCanon 1.0.0 files into entries. The id comes from the file's
/// <c>id</c> field, Python regex constructs are translated, and what cannot be mapped is reported.
/// </summary>
public static class DeadendsReader
{
    public const string License = "CC BY 4.0";
    public const string Attribution = "deadends.dev";

    public static bool Recognizes(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("schema_version", out _)
        && root.TryGetProperty("error", out var error)
        && error.ValueKind == JsonValueKind.Object;

    public static (Canon? Canon, IReadOnlyList<LoadProblem> Problems) Read(string file, JsonElement root)
    {
        var problems = new List<LoadProblem>();
        var id = Text(root, "id");
        var error = root.GetProperty("error");
        var signature = Text(error, "signature");
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(signature))
        {
            problems.Add(new LoadProblem(file, string.IsNullOrWhiteSpace(id) ? "$.id" : "$.error.signature", "missing: the entry has no id or signature and was skipped"));
            return (null, problems);
        }

        var verdict = Object(root, "verdict");
        var metadata = Object(root, "metadata");
        var environment = Object(root, "environment");
        var graph = Object(root, "transition_graph");
        var canon = new Canon
        {
            Id = id,
            Signature = signature,
            Domain = Text(error, "domain") ?? StringPool.Intern(id.Split('/')[0]),
            Category = Text(error, "category") ?? "",
            Resolvable = Text(verdict, "resolvable") ?? "true",
            Patterns = Patterns(file, error, problems),
            Figures = new Figures
            {
                FixRate = Number(verdict, "fix_success_rate"),
                Confidence = Number(verdict, "confidence"),
                EvidenceCount = (int)Number(metadata, "evidence_count"),
                FirstSeen = Text(error, "first_seen"),
                LastConfirmed = Text(error, "last_confirmed"),
            },
            Versions = Versions(environment),
            Environment = EnvironmentFacts(environment),
            RootCause = Text(verdict, "summary") ?? "",
            Workarounds = [.. Items(root, "workarounds").Select(ReadWorkaround)],
            DeadEnds = [.. Items(root, "dead_ends").Select(ReadDeadEnd)],
            Transitions = new Transitions
            {
                LeadsTo = [.. Items(graph, "leads_to").Select(ReadTransition)],
                PrecededBy = [.. Items(graph, "preceded_by").Select(ReadTransition)],
                ConfusedWith = [.. Items(graph, "frequently_confused_with").Select(c => new Confusion { Id = Text(c, "error_id") ?? "", Distinction = Text(c, "distinction") })],
            },
            Provenance = new Provenance
            {
                ReviewStatus = ReviewStatus(Text(metadata, "review_status")),
                Author = Text(metadata, "generated_by"),
                Created = Text(metadata, "generation_date"),
                Updated = Text(metadata, "last_verification"),
                Source = Text(root, "url"),
                License = License,
                Attribution = Attribution,
            },
        };
        return (canon, problems);
    }

    /// <summary>ErrorCanon says "auto_generated" for what Signpost calls "ai_generated".</summary>
    private static string ReviewStatus(string? status) =>
        status is null or "auto_generated" ? ReviewStatuses.AiGenerated : status;

    private static List<string> Patterns(string file, JsonElement error, List<LoadProblem> problems)
    {
        var regex = Text(error, "regex");
        if (string.IsNullOrEmpty(regex))
        {
            return [];
        }
        var (translated, changes) = PythonRegexTranslator.Translate(regex);
        foreach (var change in changes)
        {
            problems.Add(new LoadProblem(file, "$.error.regex", $"translated from Python: {change}", ProblemSeverity.Note));
        }
        return [StringPool.Intern(translated)];
    }

    private static List<VersionRow> Versions(JsonElement environment)
    {
        var runtime = Object(environment, "runtime");
        var name = Text(runtime, "name");
        var range = Text(runtime, "version_range");
        return string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(range)
            ? []
            : [new VersionRow { Product = name, Version = range, Status = "affected" }];
    }

    private static Dictionary<string, string> EnvironmentFacts(JsonElement environment)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (environment.ValueKind != JsonValueKind.Object)
        {
            return facts;
        }
        foreach (var property in environment.EnumerateObject())
        {
            if (property.Name == "runtime")
            {
                continue;
            }
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var inner in property.Value.EnumerateObject())
                {
                    facts[StringPool.Intern($"{property.Name}.{inner.Name}")] = Flatten(inner.Value);
                }
            }
            else if (property.Value.ValueKind != JsonValueKind.Null)
            {
                facts[StringPool.Intern(property.Name)] = Flatten(property.Value);
            }
        }
        return facts;
    }

    private static Workaround ReadWorkaround(JsonElement w)
    {
        var action = Text(w, "action") ?? "";
        var how = Text(w, "how");
        return new Workaround
        {
            Action = action,
            Steps = string.IsNullOrWhiteSpace(how) || how == action ? [] : [how],
            SuccessRate = Number(w, "success_rate"),
            Condition = Blank(Text(w, "condition")),
            Tradeoff = Blank(Text(w, "tradeoff")),
            Sources = Strings(w, "sources"),
        };
    }

    private static DeadEnd ReadDeadEnd(JsonElement d) => new()
    {
        Action = Text(d, "action") ?? "",
        Why = Text(d, "why_fails") ?? "",
        FailRate = Number(d, "fail_rate"),
        Condition = Blank(Text(d, "condition") ?? Text(d, "tradeoff")),
        Misconception = Blank(Text(d, "common_misconception")),
        Sources = Strings(d, "sources"),
    };

    private static Transition ReadTransition(JsonElement t)
    {
        var condition = Blank(Text(t, "condition"));
        var delay = Blank(Text(t, "typical_delay"));
        return new Transition
        {
            Id = Text(t, "error_id") ?? "",
            Probability = Number(t, "probability"),
            Condition = delay is null ? condition : $"{condition} (typically after {delay})".TrimStart(),
        };
    }

    private static JsonElement Object(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : default;

    private static IEnumerable<JsonElement> Items(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            : [];

    private static string? Text(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? Flatten(value)
            : null;

    private static string Flatten(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => StringPool.Intern(value.GetString() ?? ""),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Flatten)),
        _ => value.GetRawText(),
    };

    private static double Number(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Number => value.GetDouble(),
                JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
                _ => 0,
            }
            : 0;

    private static List<string> Strings(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => StringPool.Intern(e.GetString()!))]
            : [];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
