using Signpost.Canons;

namespace Signpost.Matching;

/// <summary>What the engine keeps about one entry besides its indexes: the entry and the error codes its texts name.</summary>
internal sealed record EntryFacts(Canon Canon, IReadOnlyList<ErrorCode> Codes)
{
    public static EntryFacts Of(Canon canon)
    {
        ArgumentNullException.ThrowIfNull(canon);
        var text = string.Join('\n', [canon.Signature, .. canon.Examples.Select(e => e.Text)]);
        return new EntryFacts(canon, ErrorCodes.Find(text));
    }
}
