namespace Signpost.Tests.Matching;

/// <summary>A lookup of the cases (Cases/lookups.json): the text, the entry expected first (none: abstain), the version verdict.</summary>
internal sealed record ScenarioLookup(string Name, string Query, string? Top, string? Verdict)
{
    public static List<ScenarioLookup> All => ScenarioCorpus.Read<List<ScenarioLookup>>("lookups.json");

    public Dictionary<string, string> Env { get; init; } = [];
}
