using Signpost.Canons;

namespace Signpost.Web.Api;

/// <summary>
/// An entry as the API and MCP return it: in the language asked for (English where a field has
/// no translation) and with the figures in force.
/// </summary>
public sealed record EntryDocument
{
    public required Canon Entry { get; init; }

    /// <summary>The language of the entry's text: "en" or "zh".</summary>
    public required string Lang { get; init; }

    /// <summary>False when the language asked for has no translation, so the text is English.</summary>
    public bool Translated { get; init; }

    public static EntryDocument Of(Canon canon, string lang)
    {
        ArgumentNullException.ThrowIfNull(canon);
        if (lang == "en" || !canon.Translations.TryGetValue(lang, out var t))
        {
            return new EntryDocument { Entry = canon, Lang = "en", Translated = lang == "en" };
        }
        var entry = canon with
        {
            RootCause = Pick(t.RootCause, canon.RootCause)!,
            Workarounds = [.. canon.Workarounds.Select((w, i) => t.Workarounds.ElementAtOrDefault(i) is { } tw
                ? w with { Action = tw.Action, Steps = tw.Steps.Count == w.Steps.Count ? tw.Steps : w.Steps, Condition = Pick(tw.Condition, w.Condition), Tradeoff = Pick(tw.Tradeoff, w.Tradeoff) }
                : w)],
            DeadEnds = [.. canon.DeadEnds.Select((d, i) => t.DeadEnds.ElementAtOrDefault(i) is { } td
                ? d with { Action = td.Action, Why = td.Why, Condition = Pick(td.Condition, d.Condition), Misconception = Pick(td.Misconception, d.Misconception) }
                : d)],
            Versions = [.. canon.Versions.Select((v, i) => v with { Notes = Pick(t.VersionNotes.ElementAtOrDefault(i), v.Notes) })],
            Translations = [],
        };
        return new EntryDocument { Entry = entry, Lang = lang, Translated = true };
    }

    private static string? Pick(string? translated, string? english) =>
        string.IsNullOrWhiteSpace(english) || string.IsNullOrWhiteSpace(translated) ? english : translated;
}
