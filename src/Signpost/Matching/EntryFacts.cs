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
        var text = canon.Examples.Count == 0 ? canon.Signature : string.Join('\n', [canon.Signature, .. canon.Examples.Select(e => e.Text)]);
        Dictionary<string, string[]>? words = null;
        foreach (var (code, name) in ErrorCodes.ClassNames(text))
        {
            (words ??= new(StringComparer.Ordinal)).TryAdd(code, [.. Tokenizer.Tokens(name)]);
        }
        var message = Quoted().Blank(canon.Signature, " ");
        var hasMessage = Tokenizer.Tokens(message).Except(words?.Values.SelectMany(w => w) ?? []).Any();
        return new EntryFacts(canon, ErrorCodes.Find(text), [.. canon.Versions.Select(v => VersionMentions.Product(v.Product))], words ?? NoClasses, hasMessage);
    }

    /// <summary>Shared by the entries whose texts name no exception class (most of them).</summary>
    private static readonly Dictionary<string, string[]> NoClasses = [];

    [GeneratedRegex("""'[^'\n]*'|"[^"\n]*"|`[^`\n]*`""")]
    private static partial Regex Quoted();
}
