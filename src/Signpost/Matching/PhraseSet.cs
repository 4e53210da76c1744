using System.Numerics;

namespace Signpost.Matching;

/// <summary>
/// The phrases of an entry that hold one term, enumerated without allocating: the set bits of a
/// mask, or (for an entry of more than 64 phrases) a scan of its phrases.
/// </summary>
internal readonly struct PhraseSet
{
    private readonly ulong _mask;
    private readonly EntryTerms? _entry;
    private readonly int _term;

    public PhraseSet(ulong mask) => _mask = mask;

    public PhraseSet(EntryTerms entry, int term) => (_entry, _term) = (entry, term);

    public Enumerator GetEnumerator() => new(_mask, _entry, _term);

    /// <summary>Walks the set: bit by bit, or phrase by phrase.</summary>
    public struct Enumerator(ulong mask, EntryTerms? entry, int term)
    {
        private ulong _mask = mask;
        private int _phrase = -1;

        public int Current { readonly get; private set; }

        public bool MoveNext()
        {
            if (entry is null)
            {
                if (_mask == 0)
                {
                    return false;
                }
                Current = BitOperations.TrailingZeroCount(_mask);
                _mask &= _mask - 1;
                return true;
            }
            while (++_phrase < entry.PhraseCount)
            {
                if (Array.IndexOf(entry.Sequences[_phrase], term) >= 0)
                {
                    Current = _phrase;
                    return true;
                }
            }
            return false;
        }
    }
}
