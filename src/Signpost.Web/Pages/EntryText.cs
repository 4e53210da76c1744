using Signpost.Canons;

namespace Signpost.Web.Pages;

/// <summary>
/// An entry's text in the page's language: the translation where one exists, English where it
/// does not, and whether the translation is missing or older than the English it was made from.
/// </summary>
internal sealed class EntryText
{
    private readonly Canon _canon;
    private readonly Translation? _translation;

    public EntryText(Canon canon, string lang)
    {
        ArgumentNullException.ThrowIfNull(canon);
        _canon = canon;
        _translation = lang == SiteText.English ? null : canon.Translations.GetValueOrDefault(lang);
        Wanted = lang;
        IsStale = _translation is not null && _translation.SourceHash != TranslationFingerprint.Of(canon);
    }

    /// <summary>The language the page asked for.</summary>
    public string Wanted { get; }

    /// <summary>The language the content is actually in.</summary>
    public string Lang => _translation is null ? SiteText.English : Wanted;

    /// <summary>The page asked for a language this entry has no translation into.</summary>
    public bool IsMissing => Wanted != SiteText.English && _translation is null;

    public bool IsStale { get; }

    public string RootCause => _translation?.RootCause ?? _canon.RootCause;

    public string WorkaroundAction(int i) => _translation?.Workarounds.ElementAtOrDefault(i)?.Action ?? _canon.Workarounds[i].Action;

    public IReadOnlyList<string> WorkaroundSteps(int i)
    {
        var steps = _translation?.Workarounds.ElementAtOrDefault(i)?.Steps;
        return steps is { Count: > 0 } ? steps : _canon.Workarounds[i].Steps;
    }

    public string? WorkaroundCondition(int i) => _translation?.Workarounds.ElementAtOrDefault(i)?.Condition ?? _canon.Workarounds[i].Condition;

    public string? WorkaroundTradeoff(int i) => _translation?.Workarounds.ElementAtOrDefault(i)?.Tradeoff ?? _canon.Workarounds[i].Tradeoff;

    public string DeadEndAction(int i) => _translation?.DeadEnds.ElementAtOrDefault(i)?.Action ?? _canon.DeadEnds[i].Action;

    public string DeadEndWhy(int i) => _translation?.DeadEnds.ElementAtOrDefault(i)?.Why ?? _canon.DeadEnds[i].Why;

    public string? DeadEndCondition(int i) => _translation?.DeadEnds.ElementAtOrDefault(i)?.Condition ?? _canon.DeadEnds[i].Condition;

    public string? VersionNote(int i) => _translation?.VersionNotes.ElementAtOrDefault(i) ?? _canon.Versions[i].Notes;

    public string? LeadsToCondition(int i) => _translation?.LeadsTo.ElementAtOrDefault(i) ?? _canon.Transitions.LeadsTo[i].Condition;

    public string? PrecededByCondition(int i) => _translation?.PrecededBy.ElementAtOrDefault(i) ?? _canon.Transitions.PrecededBy[i].Condition;

    public string? Distinction(int i) => _translation?.ConfusedWith.ElementAtOrDefault(i) ?? _canon.Transitions.ConfusedWith[i].Distinction;
}
