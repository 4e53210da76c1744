using System.Text.RegularExpressions;
using Signpost.Canons;

namespace Signpost.Matching;

/// <summary>
/// What the engine keeps about one entry besides its indexes: the entry, the error codes its texts
/// name, the product of each version row folded as <see cref="VersionMentions.Product"/> folds it,
/// for each exception class its texts name the words the class's name splits into, and whether its
/// signature says anything besides class names and quoted names ("KeyError: 'name'" does not).
/// </summary>
internal sealed partial record EntryFacts(Canon Canon, IReadOnlyList<ErrorCode> Codes, string[] Products, IReadOnlyDictionary<string, string[]> ClassWords, bool HasMessage)
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
        var message = Quoted().Blank(canon.Signature, " ");
        var hasMessage = Tokenizer.Tokens(message).Except(words.Values.SelectMany(w => w)).Any();
        return new EntryFacts(canon, ErrorCodes.Find(text), [.. canon.Versions.Select(v => VersionMentions.Product(v.Product))], words, hasMessage);
    }

    [GeneratedRegex("""'[^'\n]*'|"[^"\n]*"|`[^`\n]*`""")]
    private static partial Regex Quoted();
}
