using Signpost.Canons;

namespace Signpost.Matching;

/// <summary>
/// What the engine keeps about one entry besides its indexes: the entry, the error codes its texts
/// name, and the product of each version row folded as <see cref="VersionMentions.Product"/> folds it.
/// </summary>
internal sealed record EntryFacts(Canon Canon, IReadOnlyList<ErrorCode> Codes, string[] Products)
{
    public static EntryFacts Of(Canon canon)
    {
        ArgumentNullException.ThrowIfNull(canon);
        var text = string.Join('\n', [canon.Signature, .. canon.Examples.Select(e => e.Text)]);
        return new EntryFacts(canon, ErrorCodes.Find(text), [.. canon.Versions.Select(v => VersionMentions.Product(v.Product))]);
    }
}
