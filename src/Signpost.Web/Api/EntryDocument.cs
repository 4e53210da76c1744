using Signpost.Canons;
using Signpost.Rates;
using Signpost.Rendering;

namespace Signpost.Web.Api;

/// <summary>
/// An entry as the API and MCP return it: in the language asked for (English where a field has
/// no translation) and, where a state store runs, with the live figures reports have moved.
/// </summary>
public sealed record EntryDocument
{
    public required Canon Entry { get; init; }

    /// <summary>The language of the entry's text: "en" or "zh".</summary>
    public required string Lang { get; init; }

    /// <summary>False when the language asked for has no translation, so the text is English.</summary>
    public bool Translated { get; init; }

    /// <summary>Fix rate, confidence and evidence with outcome reports counted; absent without a state store.</summary>
    public LiveEntryFigures? LiveFigures { get; init; }

    public static async Task<EntryDocument> OfAsync(Canon canon, string lang, LiveFigures? live, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(canon);
        var view = LocalizedCanon.For(canon, lang);
        var entry = view.Lang == "en" ? canon : canon with
        {
            RootCause = view.RootCause,
            Workarounds = [.. view.Workarounds.Select(w => w.Source with { Action = w.Action, Steps = [.. w.Steps], Condition = w.Condition, Tradeoff = w.Tradeoff })],
            DeadEnds = [.. view.DeadEnds.Select(d => d.Source with { Action = d.Action, Why = d.Why, Condition = d.Condition, Misconception = d.Misconception })],
            Versions = [.. canon.Versions.Select((v, i) => v with { Notes = view.VersionNotes[i] })],
            Translations = [],
        };
        return new EntryDocument
        {
            Entry = entry,
            Lang = view.Lang,
            Translated = view.IsTranslated,
            LiveFigures = live is null ? null : await live.ForAsync(canon, cancellationToken).ConfigureAwait(false),
        };
    }
}
