using Signpost.Canons;

namespace Signpost;

/// <summary>Where entries come from: folders given by the user, or the corpus built into the library.</summary>
public sealed record CorpusSource(IReadOnlyList<string> Directories)
{
    public static readonly CorpusSource BuiltIn = new([]);

    public bool IsBuiltIn => Directories.Count == 0;

    /// <summary>The folder approved entries are written to, when the corpus lives in folders.</summary>
    public string? WritableDirectory => IsBuiltIn ? null : Directories[0];

    public CorpusLoad Load() => IsBuiltIn ? CorpusLoader.LoadBuiltIn() : CorpusLoader.LoadDirectories(Directories);
}
