using Signpost.Canons;
using Signpost.Matching;

namespace Signpost;

/// <summary>
/// The corpus and its matcher as one snapshot that can be swapped atomically, so an approved
/// entry reaches running servers without a restart and in-flight lookups keep their snapshot.
/// </summary>
public sealed class KnowledgeBase
{
    private volatile Snapshot _current;

    public KnowledgeBase(CorpusSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        _current = Snapshot.Of(source.Load());
    }

    public CorpusSource Source { get; }

    public Snapshot Current => _current;

    public Corpus Corpus => _current.Corpus;

    public Matcher Matcher => _current.Matcher;

    /// <summary>Reads the corpus again and swaps it in; returns the problems found while loading.</summary>
    public IReadOnlyList<LoadProblem> Reload()
    {
        var load = Source.Load();
        _current = Snapshot.Of(load);
        return load.Problems;
    }

    /// <summary>One consistent view: entries and the matcher built over them.</summary>
    public sealed record Snapshot(Corpus Corpus, Matcher Matcher, IReadOnlyList<LoadProblem> Problems)
    {
        public static Snapshot Of(CorpusLoad load)
        {
            ArgumentNullException.ThrowIfNull(load);
            var corpus = load.ToCorpus();
            return new Snapshot(corpus, Matcher.Build(corpus), load.Problems);
        }
    }
}
