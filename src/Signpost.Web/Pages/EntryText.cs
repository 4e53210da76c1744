using Signpost.Canons;
using Signpost.Rendering;

namespace Signpost.Web.Pages;

/// <summary>
/// An entry's text in the page's language (<see cref="LocalizedCanon"/>), plus what the page
/// needs beyond it: whether the translation is missing or older than the English, and the
/// translated notes of the entry's links to other entries.
/// </summary>
internal sealed class EntryText
{
    private readonly Canon _canon;
    private readonly LocalizedCanon _view;
    private readonly Translation? _translation;

    public EntryText(Canon canon, string lang)
    {
        ArgumentNullException.ThrowIfNull(canon);
        _canon = canon;
        _view = LocalizedCanon.For(canon, lang);
        _translation = lang == SiteText.English ? null : canon.Translations.GetValueOrDefault(lang);
        IsMissing = !_view.IsTranslated;
        IsStale = _translation is not null && _translation.SourceHash != TranslationFingerprint.Of(canon);
    }

    /// <summary>The language the content is actually in.</summary>
    public string Lang => _view.Lang;

    /// <summary>The page asked for a language this entry has no translation into.</summary>
    public bool IsMissing { get; }

    public bool IsStale { get; }

    public string RootCause => _view.RootCause;

    public IReadOnlyList<LocalizedWorkaround> Workarounds => _view.Workarounds;

    public IReadOnlyList<LocalizedDeadEnd> DeadEnds => _view.DeadEnds;

    public string? VersionNote(int i) => _view.VersionNotes[i];

    public string? LeadsToCondition(int i) => _translation?.LeadsTo.ElementAtOrDefault(i) ?? _canon.Transitions.LeadsTo[i].Condition;

    public string? PrecededByCondition(int i) => _translation?.PrecededBy.ElementAtOrDefault(i) ?? _canon.Transitions.PrecededBy[i].Condition;

    public string? Distinction(int i) => _translation?.ConfusedWith.ElementAtOrDefault(i) ?? _canon.Transitions.ConfusedWith[i].Distinction;
}
