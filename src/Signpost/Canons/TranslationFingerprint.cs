using System.Security.Cryptography;
using System.Text;

namespace Signpost.Canons;

/// <summary>
/// Fingerprints the English text of an entry that translations are made from, so that a
/// translation whose <see cref="Translation.SourceHash"/> differs is known to be stale.
/// </summary>
public static class TranslationFingerprint
{
    public static string Of(Canon canon)
    {
        ArgumentNullException.ThrowIfNull(canon);
        var text = new StringBuilder();
        void Add(string? part) => text.Append(part ?? "").Append('\u001f');

        Add(canon.RootCause);
        foreach (var w in canon.Workarounds)
        {
            Add(w.Action);
            w.Steps.ForEach(Add);
            Add(w.Condition);
            Add(w.Tradeoff);
        }
        foreach (var d in canon.DeadEnds)
        {
            Add(d.Action);
            Add(d.Why);
            Add(d.Condition);
            Add(d.Misconception);
        }
        canon.Versions.ForEach(v => Add(v.Notes));
        canon.Transitions.LeadsTo.ForEach(t => Add(t.Condition));
        canon.Transitions.PrecededBy.ForEach(t => Add(t.Condition));
        canon.Transitions.ConfusedWith.ForEach(c => Add(c.Distinction));

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash)[..12];
    }
}
