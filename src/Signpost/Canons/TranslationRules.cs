namespace Signpost.Canons;

/// <summary>Every Signpost entry carries a Chinese translation that is complete and not stale.</summary>
public static class TranslationRules
{
    public static readonly IReadOnlyList<string> RequiredLanguages = ["zh"];

    internal static void Check(Canon c, Action<string, string> add)
    {
        foreach (var lang in RequiredLanguages)
        {
            var path = $"$.translations.{lang}";
            if (!c.Translations.TryGetValue(lang, out var t))
            {
                add(path, $"missing: the '{lang}' translation is required");
                continue;
            }
            var hash = TranslationFingerprint.Of(c);
            if (t.SourceHash != hash)
            {
                add($"{path}.source_hash", $"stale: the English text changed since this translation (hash {t.SourceHash}, now {hash}); update the translation, then run `signpost validate --stamp`");
            }
            CanonRules.Required(t.RootCause, $"{path}.root_cause", add);
            Count(t.Workarounds.Count, c.Workarounds.Count, $"{path}.workarounds", add);
            Count(t.DeadEnds.Count, c.DeadEnds.Count, $"{path}.dead_ends", add);
            for (var i = 0; i < Math.Min(t.Workarounds.Count, c.Workarounds.Count); i++)
            {
                CanonRules.Required(t.Workarounds[i].Action, $"{path}.workarounds[{i}].action", add);
                Count(t.Workarounds[i].Steps.Count, c.Workarounds[i].Steps.Count, $"{path}.workarounds[{i}].steps", add);
                Present(t.Workarounds[i].Condition, c.Workarounds[i].Condition, $"{path}.workarounds[{i}].condition", add);
                Present(t.Workarounds[i].Tradeoff, c.Workarounds[i].Tradeoff, $"{path}.workarounds[{i}].tradeoff", add);
            }
            for (var i = 0; i < Math.Min(t.DeadEnds.Count, c.DeadEnds.Count); i++)
            {
                CanonRules.Required(t.DeadEnds[i].Action, $"{path}.dead_ends[{i}].action", add);
                CanonRules.Required(t.DeadEnds[i].Why, $"{path}.dead_ends[{i}].why", add);
                Present(t.DeadEnds[i].Condition, c.DeadEnds[i].Condition, $"{path}.dead_ends[{i}].condition", add);
                Present(t.DeadEnds[i].Misconception, c.DeadEnds[i].Misconception, $"{path}.dead_ends[{i}].misconception", add);
            }
            Texts(t.VersionNotes, [.. c.Versions.Select(v => v.Notes)], $"{path}.version_notes", add);
            Texts(t.LeadsTo, [.. c.Transitions.LeadsTo.Select(x => x.Condition)], $"{path}.leads_to", add);
            Texts(t.PrecededBy, [.. c.Transitions.PrecededBy.Select(x => x.Condition)], $"{path}.preceded_by", add);
            Texts(t.ConfusedWith, [.. c.Transitions.ConfusedWith.Select(x => x.Distinction)], $"{path}.confused_with", add);
        }
    }

    /// <summary>True when every text field has its translation in <paramref name="lang"/> and it is current.</summary>
    public static bool IsComplete(Canon c, string lang)
    {
        var complete = true;
        if (!c.Translations.ContainsKey(lang))
        {
            return false;
        }
        Check(c, (_, _) => complete = false);
        return complete;
    }

    private static void Count(int translated, int english, string path, Action<string, string> add)
    {
        if (translated != english)
        {
            add(path, $"missing: {english} item(s) in English but {translated} translated");
        }
    }

    private static void Present(string? translated, string? english, string path, Action<string, string> add)
    {
        if (!string.IsNullOrWhiteSpace(english) && string.IsNullOrWhiteSpace(translated))
        {
            add(path, "missing: the English has this text but the translation does not");
        }
    }

    private static void Texts(List<string?> translated, List<string?> english, string path, Action<string, string> add)
    {
        var needed = english.Count(e => !string.IsNullOrWhiteSpace(e));
        if (needed == 0)
        {
            return;
        }
        if (translated.Count != english.Count)
        {
            add(path, $"missing: {english.Count} item(s) in English but {translated.Count} translated");
            return;
        }
        for (var i = 0; i < english.Count; i++)
        {
            Present(translated[i], english[i], $"{path}[{i}]", add);
        }
    }
}
