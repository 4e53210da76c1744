using Signpost.Canons;

namespace Signpost.Matching;

/// <summary>
/// What the engine keeps about one entry besides its indexes: the entry, the error codes its texts
/// name, the product of each version row folded as <see cref="VersionMentions.Product"/> folds it,
/// and for each exception class its texts name the words the class's name splits into.
/// </summary>
internal sealed record EntryFacts(Canon Canon, IReadOnlyList<ErrorCode> Codes, string[] Products, IReadOnlyDictionary<string, string[]> ClassWords)
{
    public static EntryFacts Of(Canon canon)
    {
        ArgumentNullException.ThrowIfNull(canon);
        var text = string.Join('\n', [canon.Signature, .. canon.Examples.Select(e => e.Text)]);
        var words = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (code, name) in ErrorCodes.ClassNames(text))
        {
            words.TryAdd(code, [.. Tokenizer.Tokens(name)]);
        }
        return new EntryFacts(canon, ErrorCodes.Find(text), [.. canon.Versions.Select(v => VersionMentions.Product(v.Product))], words);
    }
}
