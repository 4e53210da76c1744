using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Signpost.Web.Pages;

/// <summary>
/// A piece of markup that is already safe to emit. Build it with <see cref="Of"/>: every
/// interpolated string is encoded, only other <see cref="Html"/> values go in as they are.
/// </summary>
internal readonly record struct Html(string Value)
{
    /// <summary>Encodes &lt; &gt; &amp; and quotes but keeps Chinese and other scripts readable.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static readonly Html Empty = new("");

    public static readonly Html NewLine = new("\n");

    public static Html Of(HtmlHandler handler) => handler.ToHtml();

    public static Html Text(string? text) => new(Encoder.Encode(text ?? ""));

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.Value)));

    public static Html Join(string separator, IEnumerable<Html> parts) => new(string.Join(separator, parts.Select(p => p.Value)));

    public static Html When(bool condition, Func<Html> content) => condition ? content() : Empty;

    public override string ToString() => Value ?? "";
}
