using Signpost.Canons;

namespace Signpost.Rendering;

/// <summary>
/// An entry's text in one language, falling back to English field by field where a translation
/// is missing. <see cref="IsTranslated"/> says whether the requested language was available.
/// </summary>
public sealed record LocalizedCanon(
    Canon Canon,
    string Lang,
    bool IsTranslated,
    string RootCause,
    IReadOnlyList<LocalizedWorkaround> Workarounds,
    IReadOnlyList<LocalizedDeadEnd> DeadEnds,
    IReadOnlyList<string?> VersionNotes)
{
    public static LocalizedCanon For(Canon canon, string lang)
    {
        ArgumentNullException.ThrowIfNull(canon);
        var t = lang == "en" ? null : canon.Translations.GetValueOrDefault(lang);
        var workarounds = canon.Workarounds.Select((w, i) =>
        {
            var tw = t?.Workarounds.ElementAtOrDefault(i);
            return new LocalizedWorkaround(w, tw?.Action ?? w.Action,
                tw is not null && tw.Steps.Count == w.Steps.Count ? tw.Steps : w.Steps,
                Pick(tw?.Condition, w.Condition), Pick(tw?.Tradeoff, w.Tradeoff));
        }).ToList();
        var deadEnds = canon.DeadEnds.Select((d, i) =>
        {
            var td = t?.DeadEnds.ElementAtOrDefault(i);
            return new LocalizedDeadEnd(d, td?.Action ?? d.Action, td?.Why ?? d.Why, Pick(td?.Condition, d.Condition), Pick(td?.Misconception, d.Misconception));
        }).ToList();
        var notes = canon.Versions.Select((v, i) => Pick(t?.VersionNotes.ElementAtOrDefault(i), v.Notes)).ToList();
        return new LocalizedCanon(canon, t is null ? "en" : lang, t is not null || lang == "en",
            Pick(t?.RootCause, canon.RootCause) ?? canon.RootCause, workarounds, deadEnds, notes);
    }

    private static string? Pick(string? translated, string? english) =>
        string.IsNullOrWhiteSpace(english) ? null : string.IsNullOrWhiteSpace(translated) ? english : translated;
}

/// <summary>A workaround with its text in the requested language.</summary>
public sealed record LocalizedWorkaround(Workaround Source, string Action, IReadOnlyList<string> Steps, string? Condition, string? Tradeoff);

/// <summary>A dead end with its text in the requested language.</summary>
public sealed record LocalizedDeadEnd(DeadEnd Source, string Action, string Why, string? Condition, string? Misconception);
