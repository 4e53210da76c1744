namespace Signpost.Canons;

/// <summary>What loading entry files produced: the entries that parsed, with their files, and the problems.</summary>
public sealed record CorpusLoad(IReadOnlyList<LoadedCanon> Loaded, IReadOnlyList<LoadProblem> Problems)
{
    public Corpus ToCorpus() => new(Loaded.Select(l => l.Canon));
}

/// <summary>An entry with the file it came from and the format it was written in.</summary>
public sealed record LoadedCanon(Canon Canon, string File, CanonFormat Format);

/// <summary>The file formats Signpost reads.</summary>
public enum CanonFormat
{
    Signpost,
    DeadendsErrorCanon,
}
