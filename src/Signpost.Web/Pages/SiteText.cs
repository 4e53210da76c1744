using System.Collections.Frozen;
using System.Text.Json;

namespace Signpost.Web.Pages;

/// <summary>
/// The interface strings of one language, read from <c>Pages/Text/{lang}.json</c>
/// (embedded). A key missing from a translation falls back to English.
/// </summary>
internal sealed class SiteText
{
    public const string English = "en";
    public const string Chinese = "zh";

    public static readonly IReadOnlyList<string> Languages = [English, Chinese];

    private static readonly FrozenDictionary<string, SiteText> ByLang =
        Languages.ToFrozenDictionary(l => l, l => new SiteText(l, Read(l), l == English ? null : Read(English)));

    private readonly FrozenDictionary<string, string> _strings;
    private readonly FrozenDictionary<string, string>? _fallback;

    private SiteText(string lang, FrozenDictionary<string, string> strings, FrozenDictionary<string, string>? fallback)
    {
        Lang = lang;
        _strings = strings;
        _fallback = fallback;
    }

    public string Lang { get; }

    public bool IsChinese => Lang == Chinese;

    /// <summary>The other language: what the language switch leads to.</summary>
    public SiteText Other => For(IsChinese ? English : Chinese);

    public IEnumerable<string> Keys => _strings.Keys;

    public string this[string key] =>
        _strings.GetValueOrDefault(key) ?? _fallback?.GetValueOrDefault(key) ?? key;

    public static SiteText For(string lang) => ByLang.GetValueOrDefault(lang) ?? ByLang[English];

    /// <summary>A string with <c>{0}</c>-style holes filled.</summary>
    public string Format(string key, params object[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], values);

    private static FrozenDictionary<string, string> Read(string lang)
    {
        var name = $"Signpost.Web.Pages.Text.{lang}.json";
        using var stream = typeof(SiteText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The interface strings '{name}' are not embedded in the web assembly.");
        var strings = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
        return strings.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
