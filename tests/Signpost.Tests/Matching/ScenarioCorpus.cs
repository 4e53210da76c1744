using System.Text.Json;
using Signpost.Canons;

namespace Signpost.Tests.Matching;

/// <summary>The small corpus the matching tests run on, read from Cases/corpus.json.</summary>
internal static class ScenarioCorpus
{
    private static readonly Lazy<Signpost.Canons.Corpus> Loaded = new(Load);

    public static Signpost.Canons.Corpus Corpus => Loaded.Value;

    public static T Read<T>(string file) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Matching", "Cases", file)), CanonJson.Options)!;

    private static Signpost.Canons.Corpus Load() => new(Read<List<Entry>>("corpus.json").Select(e => new Canon
    {
        Id = e.Id,
        Signature = e.Signature,
        Domain = e.Id.Split('/')[0],
        Patterns = e.Patterns,
        Examples = [.. e.Examples.Select(x => new Example { Text = x })],
        Versions = e.Versions,
        Figures = new Figures(),
        RootCause = "",
        Provenance = new Provenance(),
    }));

    /// <summary>A bare entry holding one pattern (its signature too), for tests of the pattern index.</summary>
    public static Canon EntryWith(string pattern, string id = "test/entry") => new()
    {
        Id = id,
        Signature = pattern,
        Domain = id.Split('/')[0],
        Patterns = [pattern],
        Figures = new Figures(),
        RootCause = "",
        Provenance = new Provenance(),
    };

    private sealed record Entry(string Id, string Signature, List<string> Patterns)
    {
        public List<string> Examples { get; init; } = [];

        public List<VersionRow> Versions { get; init; } = [];
    }
}
